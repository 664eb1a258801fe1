import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { propertyNameOf, propertyValue } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import { ROUTER_OUTPUTS, type CarriedType, type ClassFact, type Fact, type PropertySite, type ShapeFact, type TypeExpr } from '../facts/file-facts.js';

/**
 * Types that list a table's fields without mapping it, as code mirrors a model: `interface SurveyDto { ... }`,
 * `type TSurvey = { ... }`, `const ZSurvey = z.object({ ... })`. Each gives a shape (its field names, which the fold
 * ties to a model by name only) and, for interfaces and type literals, a class fact (its property types, so
 * `props.survey.displayPercentage` follows `interface Props { survey: TSurvey }`).
 */
export function shapeFactsOf(node: TS.Node, context: ExtractContext): readonly Fact[] {
  // A type the file does not export has a class fact of its own (`Props@file`); its shape keeps the name, which
  // the fold may tie to a model it mirrors.
  if (ts.isInterfaceDeclaration(node)) return typeShape(node.name.text, node.members, node.heritageClauses?.[0]?.types[0]?.expression, context, node.name.text, context.typeKey(node.name.text), carriedType(node, context));
  if (ts.isTypeAliasDeclaration(node)) {
    const key = context.typeKey(node.name.text);
    const members = typeLiteralMembers(node.type) ?? unionLiteralMembers(node.type, context);
    const carries = carriedType(node, context);
    // `type OrderWithAccount = Order & { account?: Account }`: the named part is its base, as an interface's `extends`.
    if (members) return typeShape(node.name.text, members, intersectedName(node.type), context, node.name.text, key, carries);
    const aliasFacts = aliasFactsOf(node, key, context);
    if (!carries) return aliasFacts;
    // `export type AccountInput = Omit<Account, 'id'>`: a class fact of its own carries the model's columns.
    const [first, ...rest] = aliasFacts;
    return first?.kind === 'class' ? [{ ...first, carries }, ...rest] : [{ kind: 'class', name: key, properties: {}, carries }, ...aliasFacts];
  }
  if (ts.isClassDeclaration(node) && node.name) {
    const fields = node.members.flatMap((member) => (ts.isPropertyDeclaration(member) ? fieldOf(node.name!.text, member.name, context) : []));
    const base = exportedClassBase(node, context);
    return fields.length > 0 || base ? [{ kind: 'shape', name: node.name.text, fields, ...(base ? { base } : {}) }] : [];
  }
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
    const objects = zodObjectsOf(node.initializer);
    const name = node.name.text;
    const fields = objects.flatMap((object) => object.properties.flatMap((property) => (property.name ? fieldOf(name, property.name, context) : [])));
    if (fields.length === 0) fields.push(...jsonSchemaFields(name, node.initializer, context));
    if (fields.length === 0) return pickedShape(name, node.initializer, context);
    return [{ kind: 'shape', name, fields }];
  }
  return [];
}

/** `export class CreateAccountWithBalancesDto extends CreateAccountDto`: the class it extends, keyed as facts name types, where it is named. */
function exportedClassBase(node: TS.ClassDeclaration, context: ExtractContext): ShapeFact['base'] {
  if (!ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return undefined;
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  return base && ts.isIdentifier(base) ? { name: context.typeKey(base.text), location: context.locationOf(base) } : undefined;
}

/** The facts of a type alias without type literal members: what it names, a function's result, a model's type. */
function aliasFactsOf(node: TS.TypeAliasDeclaration, key: string, context: ExtractContext): Fact[] {
  // `type Member = MemberDto`, `type Member = components['schemas']['MemberDto']`: the alias is its target; of
  // `type SyncNotification = Notification & Required<Pick<Row, 'k'>>`, its first member, as `typeOfNode` reads one.
  const aliasable = ts.isTypeReferenceNode(node.type) || ts.isIndexedAccessTypeNode(node.type) || ts.isIntersectionTypeNode(node.type) || (ts.isTypeQueryNode(node.type) && ts.isQualifiedName(node.type.exprName));
  const target = aliasable ? context.typeOfNode(node.type) : undefined;
  // `type RouterOutputs = inferRouterOutputs<AppRouter>`: kept as an alias of tRPC's type, which the fold checks.
  const aliased = target?.kind === 'name' && (target.args === undefined || target.name === ROUTER_OUTPUTS);
  // `type Settings = Pick<NonNullable<Awaited<ReturnType<typeof getOrganization>>>, 'isAIDataAnalysisEnabled'>`: a function's result.
  const result = target?.kind === 'element' ? target.of : target;
  if (result?.kind === 'procedure' || result?.kind === 'returned') return [{ kind: 'class', name: key, properties: {}, procedure: target! }];
  // `type CustomerRow = Customer` of `@prisma/client`: the model an ORM's generated type is (`typeOfImport`);
  // drizzle's `type Customer = typeof customers.$inferSelect`: the table object's row.
  if ((result?.kind === 'either' && result.of[0]?.kind === 'model') || result?.kind === 'value') return [{ kind: 'class', name: key, properties: {}, procedure: result }];
  return aliased ? [{ kind: 'class', name: key, base: target.name, properties: {} }] : [];
}

/** Generic types whose first argument is the type they change, keeping its keys. */
const KEEPING_KEYS = new Set(['Partial', 'Required', 'Readonly']);

/**
 * What an exported contract type is built from or holds whole, as shared type libraries and DTO files write them
 * (ghostfolio's `export type AccountWithValue = AccountModel & { ... }`, `interface CashDetails { accounts: Account[] }`,
 * `account: Omit<Account, 'createdAt' | 'id'> & { ... }`, the DTO class `ImportDataDto { orders: Order[] }`): the named
 * type of `A & { ... }`, `interface X extends A`, `Omit<A, 'k' | 'l'>`, `Partial<A>`, and of each property typed so (or
 * an array of it, or it or `null`), also inside a property's type literal (`meta: { account: Account }`, a few levels
 * down). None for a type of a UI file (component props) or one not exported, nor for a class with anything but
 * properties (a service holding rows in a field is no contract); a part naming two types, or an `Omit` of keys not
 * written out, carries nothing. A class that is a model itself (an entity's relation `orders: Order[]`) is left to
 * the fold, which knows the models.
 */
export function carriedType(node: TS.InterfaceDeclaration | TS.TypeAliasDeclaration | TS.ClassDeclaration, context: ExtractContext): readonly CarriedType[] | undefined {
  if (/\.(tsx|jsx|vue|svelte)$/.test(context.file) || !ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return undefined;
  if (ts.isClassDeclaration(node) && !node.members.every((member) => ts.isPropertyDeclaration(member) && !ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword))) return undefined;
  const carried: CarriedType[] = [];
  if (ts.isTypeAliasDeclaration(node)) {
    const base = carriedPart(node.type, context);
    if (base) carried.push(base);
  } else if (ts.isInterfaceDeclaration(node)) {
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types;
    const only = heritage?.length === 1 ? heritage[0]! : undefined;
    const base = only && carriedReference(only.expression, only.typeArguments ?? [], context);
    if (base) carried.push(base);
  }
  const members = ts.isTypeAliasDeclaration(node) ? (typeLiteralMembers(node.type) ?? []) : node.members;
  carriedMembers(members, undefined, context, carried, 0);
  return carried.length > 0 ? carried : undefined;
}

/** Literal nesting a carried property is looked for in (`meta: { account: Account }`). */
const MAX_CARRIED_NESTING = 3;

/** The properties of `members` (of a type literal, an interface or a class) that hold a named type whole, at `prefix.key`. */
function carriedMembers(members: readonly (TS.TypeElement | TS.ClassElement)[], prefix: string | undefined, context: ExtractContext, carried: CarriedType[], depth: number): void {
  for (const member of members) {
    if (!(ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) || !member.type) continue;
    const key = propertyNameOf(member.name);
    if (key === undefined) continue;
    const path = prefix === undefined ? key : `${prefix}.${key}`;
    const type = wholeValueType(member.type);
    if (ts.isTypeLiteralNode(type)) {
      if (depth < MAX_CARRIED_NESTING) carriedMembers(type.members, path, context, carried, depth + 1);
      continue;
    }
    const held = carriedPart(type, context);
    if (held) carried.push({ ...held, path });
  }
}

/** `A[]`, `Array<A>`, `A | null`, `A | undefined`: `A`. */
function wholeValueType(type: TS.TypeNode): TS.TypeNode {
  let current = type;
  for (let hops = 0; hops < 4; hops++) {
    if (ts.isArrayTypeNode(current)) current = current.elementType;
    else if (ts.isTypeReferenceNode(current) && ts.isIdentifier(current.typeName) && current.typeName.text === 'Array' && current.typeArguments?.length === 1) current = current.typeArguments[0]!;
    else if (ts.isUnionTypeNode(current)) {
      const kept = current.types.filter((part) => !(ts.isLiteralTypeNode(part) && part.literal.kind === ts.SyntaxKind.NullKeyword) && part.kind !== ts.SyntaxKind.UndefinedKeyword);
      if (kept.length !== 1) return current;
      current = kept[0]!;
    } else return current;
  }
  return current;
}

/** `A`, `A & { ... }`, `Omit<A, 'k'> & { ... }`: the one named type, with type literals beside it only. */
function carriedPart(type: TS.TypeNode, context: ExtractContext): CarriedType | undefined {
  const parts: readonly TS.TypeNode[] = ts.isIntersectionTypeNode(type) ? type.types : [type];
  const named = parts.filter((part): part is TS.TypeReferenceNode => ts.isTypeReferenceNode(part));
  if (named.length !== 1 || !parts.every((part) => part === named[0] || ts.isTypeLiteralNode(part))) return undefined;
  return carriedReference(named[0]!.typeName, named[0]!.typeArguments ?? [], context);
}

/** `A`, `Partial<A>`, `Omit<A, 'k' | 'l'>`: `A` where it is named, the model the ORM says it is, and the keys left out. */
function carriedReference(name: TS.Node, args: readonly TS.TypeNode[], context: ExtractContext): CarriedType | undefined {
  if (!ts.isIdentifier(name)) return undefined;
  if (args.length === 0) return namedCarrier(name, context);
  const [first, keys] = args;
  const inner = first && ts.isTypeReferenceNode(first) && ts.isIdentifier(first.typeName) && first.typeArguments === undefined ? first.typeName : undefined;
  if (!inner) return undefined;
  if (KEEPING_KEYS.has(name.text) && args.length === 1) return namedCarrier(inner, context);
  const omitted = name.text === 'Omit' && keys ? literalKeys(keys) : undefined;
  return omitted ? { ...namedCarrier(inner, context), omitted } : undefined;
}

/** `Order`, keyed as the facts name types, with the ORM's own model when the file imports it from the ORM. */
function namedCarrier(name: TS.Identifier, context: ExtractContext): CarriedType {
  const model = context.typeOfImported(name);
  return { base: context.typeKey(name.text), location: context.locationOf(name), ...(model?.kind === 'model' ? { model } : {}) };
}

/** `'a' | 'b'`, `'a'`: the string literals of a union of literal types; undefined if any part is something else. */
function literalKeys(type: TS.TypeNode): readonly string[] | undefined {
  const parts: readonly TS.TypeNode[] = ts.isUnionTypeNode(type) ? type.types : [type];
  const keys: string[] = [];
  for (const part of parts) {
    if (!ts.isLiteralTypeNode(part) || !ts.isStringLiteral(part.literal)) return undefined;
    keys.push(part.literal.text);
  }
  return keys;
}

/**
 * `const ZOrganizationAISettingsInput = ZOrganizationUpdateInput.pick({ isAISmartToolsEnabled: true })`: the picked
 * keys are fields of the schema picked from, so they are a shape of that schema's name (which the fold may tie to a
 * model), each named as a field of the new one; and the new schema is an alias of the one picked from.
 */
function pickedShape(name: string, initializer: TS.Expression, context: ExtractContext): Fact[] {
  const call = unwrapped(initializer);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'pick') return [];
  const base = call.expression.expression;
  const keys = schemaObject(call.arguments[0]);
  if (!ts.isIdentifier(base) || !/^Z[A-Z]|Schema$/.test(base.text) || !keys) return [];
  const fields = keys.properties.flatMap((property) => (property.name ? fieldOf(name, property.name, context) : []));
  // `z.infer<typeof ZOrganizationAISettingsInput>` is a value of the schema picked from: an alias of it.
  return fields.length > 0 ? [{ kind: 'shape', name: base.text, fields }, { kind: 'class', name: context.typeKey(name), base: context.typeKey(base.text), properties: {} }] : [];
}

/** How many properties of one JSON schema object are read, nested ones included. */
const MAX_SCHEMA_PROPERTIES = 1024;
/** How deep nested `properties` (and `items`) of a JSON schema object are read: as deep as a flow's field path. */
const MAX_SCHEMA_DEPTH = 8;

/**
 * An OpenAPI / JSON schema object written in code, as Fastify route schemas and hand-assembled specs are:
 * `export const userSchema = { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] } as
 * const`. Its fields are the keys of `properties`, nested ones (an object's `properties`, an array's `items`) as
 * dotted paths (`owner.email`), as a body's fields are; read on an explicit stack.
 */
function jsonSchemaFields(owner: string, initializer: TS.Expression, context: ExtractContext): ShapeFact['fields'][number][] {
  const root = schemaObject(initializer);
  const properties = root && schemaProperties(root);
  if (!root || !properties) return [];
  const fields: ShapeFact['fields'][number][] = [];
  const work: { properties: TS.ObjectLiteralExpression; prefix: readonly string[] }[] = [{ properties, prefix: [] }];
  for (let item = work.pop(); item && fields.length < MAX_SCHEMA_PROPERTIES; item = work.pop()) {
    for (const property of item.properties.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const key = propertyNameOf(property.name);
      if (key === undefined) continue;
      const path = [...item.prefix, key];
      fields.push({ property: path.join('.'), location: context.locationOf(property.name), symbol: `${owner}.${path.join('.')}` });
      const value = ts.isPropertyAssignment(property) ? schemaObject(property.initializer) : undefined;
      if (!value || path.length >= MAX_SCHEMA_DEPTH) continue;
      const items = schemaObject(propertyValue(value, 'items'));
      const nested = schemaProperties(value) ?? (items && schemaProperties(items));
      if (nested) work.push({ properties: nested, prefix: path });
    }
  }
  return fields;
}

/** `{ ... }`, `{ ... } as const`, `{ ... } satisfies JSONSchema7`: the object literal. */
export function schemaObject(expression: TS.Expression | undefined): TS.ObjectLiteralExpression | undefined {
  const value = expression && unwrapped(expression);
  return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** The expression under parentheses, `as` and `satisfies`. */
export function unwrapped(expression: TS.Expression): TS.Expression {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

/** The `properties` object of a schema whose `type` is `'object'` or left out. */
function schemaProperties(schema: TS.ObjectLiteralExpression): TS.ObjectLiteralExpression | undefined {
  const type = propertyValue(schema, 'type');
  if (type && !(ts.isStringLiteralLike(type) && type.text === 'object')) return undefined;
  return schemaObject(propertyValue(schema, 'properties'));
}

/** `A & { ... }`: the one type an intersection names (`A`), an identifier; undefined for none or two. */
function intersectedName(type: TS.TypeNode): TS.Identifier | undefined {
  if (!ts.isIntersectionTypeNode(type)) return undefined;
  const named = type.types.filter((part): part is TS.TypeReferenceNode => ts.isTypeReferenceNode(part));
  const only = named.length === 1 ? named[0]!.typeName : undefined;
  return only && ts.isIdentifier(only) && named[0]!.typeArguments === undefined ? only : undefined;
}

/** `type T = { ... }` and `type T = A & { ... }`: the members of its type literals. */
export function typeLiteralMembers(type: TS.TypeNode): readonly TS.TypeElement[] | undefined {
  if (ts.isTypeLiteralNode(type)) return type.members;
  if (ts.isIntersectionTypeNode(type)) {
    const members = type.types.flatMap((part) => (ts.isTypeLiteralNode(part) ? [...part.members] : []));
    return members.length > 0 ? members : undefined;
  }
  return undefined;
}

/**
 * A discriminated union of type literals (spliit's `type GroupContext = { isLoading: false; group: Group } | {
 * isLoading: true; group: undefined }`): every member's properties, a key typed in one member and untyped or
 * `undefined` in another being the typed one; a key two members type differently (`{ subject: Customer } | { subject:
 * Order }`) is left out, as it is neither.
 */
function unionLiteralMembers(type: TS.TypeNode, context: ExtractContext): readonly TS.TypeElement[] | undefined {
  if (!ts.isUnionTypeNode(type) || type.types.length < 2 || !type.types.every((part) => ts.isTypeLiteralNode(part))) return undefined;
  const members = type.types.flatMap((part) => [...(part as TS.TypeLiteralNode).members]);
  const typed = new Map<string, string>();
  const mixed = new Set<string>();
  for (const member of members) {
    const key = ts.isPropertySignature(member) ? propertyNameOf(member.name) : undefined;
    const declared = key !== undefined && (member as TS.PropertySignature).type ? context.typeOfNode((member as TS.PropertySignature).type!) : undefined;
    if (key === undefined || !declared) continue;
    const text = JSON.stringify(declared);
    if ((typed.get(key) ?? text) !== text) mixed.add(key);
    typed.set(key, text);
  }
  return members.filter((member) => !ts.isPropertySignature(member) || !mixed.has(propertyNameOf(member.name) ?? ''));
}

/**
 * A type's shape (its fields) and class fact (its property types) from its members; `shown` names it in the fields'
 * symbols (`MemberDto.email` for openapi-typescript's `components.schemas.MemberDto`).
 */
export function typeShape(name: string, members: readonly TS.TypeElement[], base: TS.Expression | undefined, context: ExtractContext, shown = name, classKey = name, carries?: readonly CarriedType[]): Fact[] {
  const properties: Record<string, TypeExpr> = {};
  const untyped: string[] = [];
  const fields: ShapeFact['fields'][number][] = [];
  for (const member of members) {
    if (!ts.isPropertySignature(member)) continue;
    fields.push(...fieldOf(shown, member.name, context), ...nestedFields(shown, member, context));
    const type = member.type ? context.typeOfNode(member.type) : undefined;
    const key = propertyNameOf(member.name);
    if (type && key !== undefined) properties[key] = type;
    else if (key !== undefined) untyped.push(key);
  }
  const facts: Fact[] = [];
  if (fields.length > 0) facts.push({ kind: 'shape', name, fields });
  // What it declares untyped matters only beside a base: which of the base's properties it keeps for itself.
  const extending = base && ts.isIdentifier(base) ? { base: context.typeKey(base.text), ...(untyped.length > 0 ? { untyped } : {}) } : {};
  const classFact: ClassFact = { kind: 'class', name: classKey, properties, ...extending, ...(carries ? { carries } : {}) };
  if (Object.keys(properties).length > 0 || classFact.base !== undefined || carries) facts.push(classFact);
  return facts;
}

/** How deep the type literals of a type's properties are read as fields (`options.start`): as deep as a relation path. */
const MAX_NESTED_DEPTH = 4;
/** How many nested fields one property gives at most. */
const MAX_NESTED_FIELDS = 256;

/**
 * `options: { id: string; start: Date }[]`, `user: { name: string } | null`: the fields of a property's type literal
 * (of an array or a union of it), as dotted paths under the property (`options.start`), as a relation's fields are
 * reached; read on an explicit stack.
 */
function nestedFields(owner: string, member: TS.PropertySignature, context: ExtractContext): ShapeFact['fields'][number][] {
  const fields: ShapeFact['fields'][number][] = [];
  const key = propertyNameOf(member.name);
  const work: { type: TS.TypeNode | undefined; prefix: readonly string[] }[] = key === undefined ? [] : [{ type: member.type, prefix: [key] }];
  for (let item = work.pop(); item && fields.length < MAX_NESTED_FIELDS; item = work.pop()) {
    const literal = item.type && typeLiteralOf(item.type);
    if (!literal || item.prefix.length >= MAX_NESTED_DEPTH) continue;
    for (const nested of literal.members) {
      if (!ts.isPropertySignature(nested)) continue;
      const property = propertyNameOf(nested.name);
      if (property === undefined) continue;
      const path = [...item.prefix, property];
      fields.push({ property: path.join('.'), location: context.locationOf(nested.name), symbol: `${owner}.${path.join('.')}` });
      work.push({ type: nested.type, prefix: path });
    }
  }
  return fields;
}

/** `{ ... }`, `{ ... }[]`, `Array<{ ... }>`, `{ ... } | null`: the type literal a property's type is made of. */
function typeLiteralOf(outer: TS.TypeNode): TS.TypeLiteralNode | undefined {
  let type = outer;
  for (let hops = 0; hops < 8; hops++) {
    if (ts.isTypeLiteralNode(type)) return type;
    if (ts.isParenthesizedTypeNode(type)) type = type.type;
    else if (ts.isArrayTypeNode(type)) type = type.elementType;
    else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'Array' && type.typeArguments?.length === 1) type = type.typeArguments[0]!;
    else if (ts.isUnionTypeNode(type)) {
      const literals = type.types.filter((part) => part.kind !== ts.SyntaxKind.LiteralType && part.kind !== ts.SyntaxKind.UndefinedKeyword);
      if (literals.length !== 1) return undefined;
      type = literals[0]!;
    } else return undefined;
  }
  return undefined;
}

function fieldOf(owner: string, name: TS.PropertyName, context: ExtractContext): ShapeFact['fields'] {
  const property = propertyNameOf(name);
  return property === undefined ? [] : [{ property, location: context.locationOf(name), symbol: `${owner}.${property}` }];
}

/**
 * The object literals a zod schema is built from: `z.object({ ... })`, `z.strictObject({ ... })` and the
 * `.extend({ ... })` / `.merge(z.object({ ... }))` links of its chain, walked down the chain without recursion.
 */
function zodObjectsOf(initializer: TS.Expression): TS.ObjectLiteralExpression[] {
  const objects: TS.ObjectLiteralExpression[] = [];
  let expression: TS.Expression = initializer;
  for (let hops = 0; hops < 64; hops++) {
    while (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) expression = expression.expression;
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) break;
    const first = expression.arguments[0];
    if (/^(object|strictObject|looseObject|extend)$/.test(expression.expression.name.text) && first && ts.isObjectLiteralExpression(first)) objects.push(first);
    expression = expression.expression.expression;
  }
  // The chain starts at zod itself (`z.object`) or at another schema (`ZSurveyBase.extend`, `surveySchema.extend`).
  const zod = ts.isIdentifier(expression) && (expression.text === 'z' || /^Z[A-Z]|Schema$/.test(expression.text));
  return zod ? objects : [];
}

/** Prisma input type names whose objects name fields to read, filter or order by, not to write. */
const ACCESS_BY_SUFFIX: readonly (readonly [RegExp, Access])[] = [
  [/(Select|Include|Omit)$/, 'read'],
  [/Where(Unique)?Input$/, 'filter'],
  [/OrderBy\w*Input$/, 'order'],
];

/**
 * An object literal whose type the code states: `const x: TSurvey = { ... }`, `const rows: Row[] = [{ ... }]`,
 * `{ ... } as TSurvey`, `{ ... } satisfies Prisma.SurveySelect`, a return of a function that declares its result type
 * (`function getTestPlan(): DBPlan { return { ... } }`). Each key is a site on that type (nested objects a
 * path through its relations), written unless the type is a select, where or order-by input.
 */
export function typedObjectSites(node: TS.ObjectLiteralExpression, context: ExtractContext): PropertySite[] {
  const stated = statedType(node, context);
  if (!stated) return [];
  const owner = context.typeOfNode(stated.type);
  if (!owner) return [];
  const element = stated.element && owner.kind === 'name' && owner.name === 'Array' ? owner.args?.[0] : stated.element ? undefined : owner;
  if (!element) return [];
  const typeName = ts.isTypeReferenceNode(stated.type) ? stated.type.typeName.getText(context.sourceFile) : '';
  const access = stated.access ?? ACCESS_BY_SUFFIX.find(([pattern]) => pattern.test(typeName))?.[1] ?? 'write';
  // A zod schema tied to a model (`z.object({ ... }) satisfies z.ZodType<Contact>`) may declare a key the model lacks
  // and still compile (its output has more than the model): such a key is no missing member (formbricks' `ZContact`).
  const sites = objectKeySites(node, element, access, context);
  return stated.access === 'definition' ? sites.map((site) => ({ ...site, mayBeAbsent: true as const })) : sites;
}

/** Each key of an object literal of type `owner` is a site on it (nested objects a path through its relations). */
export function objectKeySites(node: TS.ObjectLiteralExpression, owner: TypeExpr, access: Access, context: ExtractContext): PropertySite[] {
  const sites: PropertySite[] = [];
  const stack: { object: TS.ObjectLiteralExpression; prefix: readonly string[] }[] = [{ object: node, prefix: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    for (const property of item.object.properties) {
      const name = ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      const key = name ? propertyNameOf(name) : undefined;
      if (!name || key === undefined) continue;
      const path = [...item.prefix, key];
      const symbol = context.symbolOf(property);
      sites.push({ kind: 'property-site', owner, path, access, location: context.locationOf(name), ...(symbol === undefined ? {} : { symbol }) });
      const value = ts.isPropertyAssignment(property) ? property.initializer : undefined;
      if (value && ts.isObjectLiteralExpression(value)) stack.push({ object: value, prefix: path });
      else if (value && ts.isArrayLiteralExpression(value)) for (const entry of value.elements) if (ts.isObjectLiteralExpression(entry)) stack.push({ object: entry, prefix: path });
    }
  }
  return sites;
}

/** The function a return statement returns from: the nearest function-like ancestor (a bounded walk up the statements). */
function enclosingFunction(node: TS.ReturnStatement): TS.SignatureDeclaration | undefined {
  let current: TS.Node = node.parent;
  for (let hops = 0; hops < MAX_RETURN_HOPS && !ts.isSourceFile(current); hops++, current = current.parent) {
    if (ts.isFunctionLike(current)) return current;
    if (ts.isClassLike(current)) return undefined;
  }
  return undefined;
}

/** How far up a return's function is looked for: deeper nesting of blocks than this is not followed. */
const MAX_RETURN_HOPS = 64;

/** Zod's types a schema of a value of type `T` has: `z.ZodType<T>`, `z.Schema<T>`, `ZodSchema<T>`. */
const ZOD_SCHEMA_TYPES = /^(ZodType|ZodSchema|Schema)$/;

/**
 * The model a zod object's shape mirrors: `schemaForType<ResultPrisma>()(z.object({ ... }))` (a helper whose type
 * argument the schema must match), `z.object({ ... }) satisfies z.ZodType<Result>` (or `as`), `const s:
 * z.ZodType<Result> = z.object({ ... })`. Each key then declares a field of that type (`definition`).
 */
function zodObjectModel(node: TS.ObjectLiteralExpression, context: ExtractContext): TS.TypeNode | undefined {
  const call = node.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== node || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'object') return undefined;
  const receiver = call.expression.expression;
  if (!ts.isIdentifier(receiver) || (receiver.text !== 'z' && context.importSource(receiver.text) !== 'zod')) return undefined;
  let holder: TS.Node = call;
  while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
  const parent = holder.parent;
  // `schemaForType<T>()(z.object(...))`.
  if (ts.isCallExpression(parent) && parent.arguments[0] === holder && ts.isCallExpression(parent.expression) && parent.expression.typeArguments?.length === 1) {
    return parent.expression.typeArguments[0];
  }
  const schemaType = ts.isSatisfiesExpression(parent) || ts.isAsExpression(parent) ? parent.type : ts.isVariableDeclaration(parent) && parent.initializer === holder ? parent.type : undefined;
  if (!schemaType || !ts.isTypeReferenceNode(schemaType) || schemaType.typeArguments?.length !== 1) return undefined;
  const name = ts.isQualifiedName(schemaType.typeName) ? schemaType.typeName.right.text : schemaType.typeName.text;
  return ZOD_SCHEMA_TYPES.test(name) ? schemaType.typeArguments[0] : undefined;
}

/**
 * The type an object literal is declared, asserted or checked to have, or that of the variable it is assigned to
 * (`let order: OrderWithAccount; ...; order = { ... }`); `element` when it is an element of an array of that type.
 */
function statedType(node: TS.ObjectLiteralExpression, context: ExtractContext): { readonly type: TS.TypeNode; readonly element: boolean; readonly access?: Access } | undefined {
  const schema = zodObjectModel(node, context);
  if (schema) return { type: schema, element: false, access: 'definition' };
  let holder: TS.Node = node;
  let element = false;
  if (ts.isArrayLiteralExpression(node.parent)) {
    holder = node.parent;
    element = true;
  }
  while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
  const parent = holder.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === holder && parent.type) return { type: parent.type, element };
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === holder && ts.isIdentifier(parent.left)) {
    const declaration = context.declarationOf(parent.left);
    return declaration && ts.isVariableDeclaration(declaration) && declaration.type ? { type: declaration.type, element } : undefined;
  }
  // `function getTestPlan(): DBPlan { return { ... } }`, `(): Promise<DBPlan> => ({ ... })`: the function's declared result.
  const fn = ts.isReturnStatement(parent) ? enclosingFunction(parent) : ts.isArrowFunction(parent) && parent.body === holder ? parent : undefined;
  if (fn?.type) return { type: fn.type, element };
  if (ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) {
    // `{ ... } as unknown as TSurvey`: the outermost assertion states the type.
    let outer: TS.AsExpression | TS.SatisfiesExpression = parent;
    while (ts.isAsExpression(outer.parent) || ts.isSatisfiesExpression(outer.parent)) outer = outer.parent;
    // `db.insert(orders).values({ email } as typeof customers.$inferInsert)`: handed to a call, the call decides what
    // the keys are (an ORM's write of its table, a function's parameter), not the type it is cast to.
    if (ts.isCallExpression(outer.parent) && outer.parent.arguments.some((argument) => argument === outer)) return undefined;
    return { type: outer.type, element };
  }
  return undefined;
}
