import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { PropertySite, TypeExpr } from '../facts/file-facts.js';
import { propertyNameOf } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import { unwrapped } from './shape-facts.js';
import { arrayDeclarationOf, pushedValuesOf } from './pushed-values.js';

/** Keys that combine conditions rather than name a property: `OR: [...]`, `$and`, `[Op.or]`. */
const LOGICAL = /^(AND|OR|NOT|\$and|\$or|\$not|\$nor|and|or|not)$/;

export interface QueryObjectRead {
  readonly owner: TypeExpr;
  readonly access: Access;
  readonly adapter: string;
  readonly context: ExtractContext;
  /** Keys that wrap a nested query rather than name a property: Prisma's `select`, `where`, `some`. */
  readonly transparent?: RegExp;
}

/**
 * The property paths an ORM query object names, as sites on `owner`: `{ email: x, customer: { name: y } }` gives
 * `email` and `customer.name`; `['email', 'customer.name']` the same; `{ OR: [...] }` recurses. The fold follows
 * the paths through relations and stops at the first column, so operator objects (`{ email: { contains } }`) end there.
 */
export function readQueryObject(given: TS.Expression | undefined, read: QueryObjectRead, prefix: readonly string[] = []): PropertySite[] {
  const node = given && constObjectOf(mappedObjectOf(given) ?? given, read.context);
  if (!node) return [];
  const sites: PropertySite[] = [];
  const site = (path: readonly string[], at: TS.Node): void => {
    const symbol = read.context.symbolOf(at);
    sites.push({
      kind: 'property-site',
      adapter: read.adapter,
      owner: read.owner,
      path,
      access: read.access,
      location: read.context.locationOf(at),
      ...(symbol === undefined ? {} : { symbol }),
    });
  };
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) {
      if (ts.isStringLiteral(element) || ts.isNoSubstitutionTemplateLiteral(element)) site([...prefix, ...element.text.split('.')], element);
      else if (ts.isArrayLiteralExpression(element) && element.elements[0]) {
        const first = element.elements[0];
        if (ts.isStringLiteral(first)) site([...prefix, ...first.text.split('.')], first);
      } else sites.push(...readQueryObject(element, read, prefix));
    }
    // `const rows: Row[] = []` filled by `rows.push({ ... })`, handed on as `createMany({ data: rows })`.
    const declaration = arrayDeclarationOf(node);
    if (declaration) for (const pushed of pushedValuesOf(declaration, read.context)) sites.push(...readQueryObject(pushed, read, prefix));
    return sites;
  }
  if (!ts.isObjectLiteralExpression(node)) {
    // `create(userData)`, `{ data: dto }`: a whole value whose keys are the model's properties (`path` empty), for
    // the fold to follow back to the literals callers build it from (`resolve/follow-arguments.ts`).
    const value = unwrapped(node);
    if (prefix.length === 0 && (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) && !isUndefined(value)) site([], value);
    return sites;
  }
  for (const property of node.properties) {
    // `data: { ...data, userId }`: the spread value's keys are the model's properties, as for `data: dto`.
    if (ts.isSpreadAssignment(property)) {
      const value = unwrapped(property.expression);
      if (prefix.length === 0 && read.access === 'write' && (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) && !isUndefined(value)) site([], value);
      continue;
    }
    if (ts.isShorthandPropertyAssignment(property)) {
      site([...prefix, property.name.text], property.name);
      continue;
    }
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyNameOf(property.name);
    const value = property.initializer;
    if (key === undefined || LOGICAL.test(key) || read.transparent?.test(key)) {
      if (key !== undefined || ts.isComputedPropertyName(property.name)) sites.push(...readQueryObject(value, read, prefix));
      continue;
    }
    // Prisma's compound unique input, `email_customerId: { email, customerId }`: the fields it joins, where they stand.
    if (isCompoundKey(key, value)) {
      sites.push(...readQueryObject(value, read, prefix));
      continue;
    }
    site([...prefix, key], property.name);
    if (ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value) || mappedObjectOf(value)) {
      sites.push(...readQueryObject(value, read, [...prefix, key]));
    }
  }
  return sites;
}

/**
 * A query object kept in a const of the same file (`const select = { email: true } satisfies Prisma.CustomerSelect`,
 * handed on as `findMany({ select })`): its literal, where the keys are written; rows a const maps
 * (`const rows = items.map((item) => ({ ... }))`, handed on as `createMany({ data: rows })`): the object each is.
 */
function constObjectOf(node: TS.Expression, context: ExtractContext): TS.Expression {
  if (!ts.isIdentifier(node)) return node;
  const declaration = context.declarationOf(node);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return node;
  if (!ts.isVariableDeclarationList(declaration.parent) || (declaration.parent.flags & ts.NodeFlags.Const) === 0) return node;
  let value: TS.Expression = declaration.initializer;
  while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
  return ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value) ? value : (mappedObjectOf(value) ?? node);
}

function isUndefined(node: TS.Expression): boolean {
  return ts.isIdentifier(node) && node.text === 'undefined';
}

/** `email_customerId: { email: x, customerId: y }`: a key that is its object's keys joined by `_`, in order. */
function isCompoundKey(key: string, value: TS.Expression): boolean {
  if (!key.includes('_') || !ts.isObjectLiteralExpression(value)) return false;
  const keys = value.properties.map((property) => (property.name === undefined ? undefined : propertyNameOf(property.name)));
  return keys.length > 1 && keys.every((name) => name !== undefined) && keys.join('_') === key;
}

/**
 * The object literal each element of a mapped array is built as: `items.map((item) => ({ where: ..., create: ... }))`
 * (a nested write's `connectOrCreate`, a `createMany`'s `data`), returned by an arrow's expression or a block's last
 * `return`.
 */
function mappedObjectOf(value: TS.Expression): TS.ObjectLiteralExpression | undefined {
  const call = unwrapped(value);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || !/^(map|flatMap)$/.test(call.expression.name.text)) return undefined;
  const callback = call.arguments[0];
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return undefined;
  let body: TS.Node = callback.body;
  if (ts.isBlock(body)) {
    const last = body.statements[body.statements.length - 1];
    if (!last || !ts.isReturnStatement(last) || !last.expression) return undefined;
    body = last.expression;
  }
  const returned = unwrapped(body as TS.Expression);
  return ts.isObjectLiteralExpression(returned) ? returned : undefined;
}
