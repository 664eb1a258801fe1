import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';

export interface DecoratorCall {
  readonly name: string;
  readonly args: readonly TS.Expression[];
  readonly node: TS.Decorator;
}

/** `@Column({ name: 'full_name' })` -> `{ name: 'Column', args: [...] }`; `@Column` has no args. */
export function decoratorsOf(node: TS.Node): readonly DecoratorCall[] {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).flatMap((decorator): DecoratorCall[] => {
    const expression = decorator.expression;
    if (ts.isCallExpression(expression)) {
      const callee = expression.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      return name === undefined ? [] : [{ name, args: expression.arguments, node: decorator }];
    }
    if (ts.isIdentifier(expression)) return [{ name: expression.text, args: [], node: decorator }];
    return [];
  });
}

/** The value of `key` in an object literal when it is a string literal. */
export function stringProperty(object: TS.Expression | undefined, key: string): string | undefined {
  const value = propertyValue(object, key);
  return value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) ? value.text : undefined;
}

/** The value of `key` in an object literal when it is `true` or `false`. */
export function booleanProperty(object: TS.Expression | undefined, key: string): boolean | undefined {
  const value = propertyValue(object, key);
  if (value?.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value?.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

export function propertyValue(object: TS.Expression | undefined, key: string): TS.Expression | undefined {
  if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyNameOf(property.name) === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
  }
  return undefined;
}

export function propertyNameOf(name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/**
 * A Sequelize attribute no column holds: `{ type: DataTypes.VIRTUAL, get() {...} }`, or a bare `DataTypes.VIRTUAL`
 * (`VIRTUAL(DataTypes.STRING)` too).
 */
export function isVirtualAttribute(value: TS.Expression): boolean {
  const type = ts.isObjectLiteralExpression(value) ? propertyValue(value, 'type') : value;
  if (type === undefined) return false;
  const callee = ts.isCallExpression(type) ? type.expression : type;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text === 'VIRTUAL' : ts.isIdentifier(callee) && callee.text === 'VIRTUAL';
}

/**
 * The names a Sequelize model's options define as getters or setters (`getterMethods: { name() {...} }`) that none of
 * its `attributes` declares: no columns. (A getter named like an attribute formats that column's value.)
 */
export function accessorNames(options: TS.Expression | undefined, attributes: TS.Expression | undefined): string[] {
  const declared = attributes && ts.isObjectLiteralExpression(attributes) ? attributes.properties.flatMap((property) => (property.name === undefined ? [] : [propertyNameOf(property.name)])) : [];
  const names: string[] = [];
  for (const group of ['getterMethods', 'setterMethods']) {
    const methods = propertyValue(options, group);
    if (!methods || !ts.isObjectLiteralExpression(methods)) continue;
    for (const member of methods.properties) {
      const name = member.name === undefined ? undefined : propertyNameOf(member.name);
      if (name !== undefined && !names.includes(name) && !declared.includes(name)) names.push(name);
    }
  }
  return names;
}
