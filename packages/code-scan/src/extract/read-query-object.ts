import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { PropertySite, TypeExpr } from '../facts/file-facts.js';
import { propertyNameOf, propertyValue } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import { unwrapped } from './shape-facts.js';
import { arrayDeclarationOf, pushedValuesOf } from './pushed-values.js';
import { queryObjectAdditions, type QueryObjectAdditions } from './query-object-additions.js';

/** Keys that combine conditions rather than name a property: `OR: [...]`, `$and`, `[Op.or]`. */
const LOGICAL = /^(AND|OR|NOT|\$and|\$or|\$not|\$nor|and|or|not)$/;

export interface QueryObjectRead {
  readonly owner: TypeExpr;
  readonly access: Access;
  readonly adapter: string;
  readonly context: ExtractContext;
  /** Keys that wrap a nested query rather than name a property: Prisma's `select`, `where`, `some`. */
  readonly transparent?: RegExp;
  /** The object is a value of the model's rows, no query's argument: a test's stand-in result for a client call. */
  readonly value?: true;
}

/**
 * The property paths an ORM query object names, as sites on `owner`: `{ email: x, customer: { name: y } }` gives
 * `email` and `customer.name`; `['email', 'customer.name']` the same; `{ OR: [...] }` recurses. The fold follows
 * the paths through relations and stops at the first column, so operator objects (`{ email: { contains } }`) end there.
 */
export function readQueryObject(given: TS.Expression | undefined, read: QueryObjectRead, prefix: readonly string[] = []): PropertySite[] {
  if (!given) return [];
  // `values({ ... } as typeof connection.$inferInsert)` (Zero's auth): the literal behind the cast.
  const behind = unwrapped(given);
  const local = localObjectOf(mappedObjectOf(given) ?? (ts.isObjectLiteralExpression(behind) ? behind : given), read.context);
  // `where.push({ [Op.or]: where })`: a local read inside what is added to it is read once.
  if (local.declaration && reading.has(local.declaration)) return [];
  if (local.declaration) reading.add(local.declaration);
  try {
    const sites = readObject(local.node, read, prefix);
    if (local.additions) sites.push(...readAdditions(local.additions, read, prefix));
    return sites;
  } finally {
    if (local.declaration) reading.delete(local.declaration);
  }
}

/** The locals whose query object is being read, innermost last. */
const reading = new Set<TS.VariableDeclaration>();

/**
 * The value of a query's option (`where`, `order`) in the options object a call is given: a literal's key, or, for
 * options kept in a local (`const query = { where: {...} }`, then `findAll(query)`), its literal's key or the value
 * code sets on it later (`query.order = [...]`).
 */
export function optionValue(options: TS.Expression | undefined, key: string, context: ExtractContext): TS.Expression | undefined {
  if (!options) return undefined;
  const given = unwrapped(options);
  const direct = propertyValue(given, key);
  if (direct || !ts.isIdentifier(given)) return direct;
  const local = localObjectOf(given, context);
  return propertyValue(local.node, key) ?? local.additions?.keys.find((added) => added.name === key)?.value;
}

/** A site of `read.owner` at `path`, at the node that names it. */
function siteOf(path: readonly string[], at: TS.Node, read: QueryObjectRead): PropertySite {
  const symbol = read.context.symbolOf(at);
  return {
    kind: 'property-site',
    adapter: read.adapter,
    owner: read.owner,
    path,
    access: read.access,
    location: read.context.locationOf(at),
    ...(symbol === undefined ? {} : { symbol }),
    ...(read.value ? { value: true as const } : {}),
  };
}

/** An element of a list of names or conditions: `'email'`, `['createdAt', 'DESC']`, `{ status }`, `...conditions`. */
function readElement(element: TS.Expression, read: QueryObjectRead, prefix: readonly string[]): PropertySite[] {
  if (ts.isStringLiteral(element) || ts.isNoSubstitutionTemplateLiteral(element)) return [siteOf([...prefix, ...element.text.split('.')], element, read)];
  if (ts.isArrayLiteralExpression(element)) {
    const first = element.elements[0];
    return first && ts.isStringLiteral(first) ? [siteOf([...prefix, ...first.text.split('.')], first, read)] : [];
  }
  return readQueryObject(ts.isSpreadElement(element) ? element.expression : element, read, prefix);
}

/** What code adds to a local query object after its literal (`query-object-additions.ts`), read as the literal's own. */
function readAdditions(additions: QueryObjectAdditions, read: QueryObjectRead, prefix: readonly string[]): PropertySite[] {
  const sites: PropertySite[] = [];
  for (const element of additions.elements) sites.push(...readElement(element, read, prefix));
  for (const value of additions.merged) sites.push(...readQueryObject(value, read, prefix));
  for (const { name, at, value } of additions.keys) {
    if (LOGICAL.test(name) || read.transparent?.test(name)) {
      if (value) sites.push(...readQueryObject(value, read, prefix));
      continue;
    }
    sites.push(siteOf([...prefix, name], at, read));
    if (value && (ts.isObjectLiteralExpression(unwrapped(value)) || ts.isArrayLiteralExpression(unwrapped(value)))) sites.push(...readQueryObject(value, read, [...prefix, name]));
  }
  return sites;
}

function readObject(node: TS.Expression, read: QueryObjectRead, prefix: readonly string[]): PropertySite[] {
  const sites: PropertySite[] = [];
  const site = (path: readonly string[], at: TS.Node): void => {
    sites.push(siteOf(path, at, read));
  };
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) sites.push(...readElement(element, read, prefix));
    // `const rows: Row[] = []` filled by `rows.push({ ... })`, handed on as `createMany({ data: rows })`.
    const declaration = arrayDeclarationOf(node);
    if (declaration) for (const pushed of pushedValuesOf(declaration, read.context)) sites.push(...readQueryObject(pushed, read, prefix));
    return sites;
  }
  // `where: sequelize.and(...where)`, `Sequelize.or(a, b)`: conditions combined by a call.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(and|or)$/.test(node.expression.name.text)) {
    for (const argument of node.arguments) sites.push(...readElement(argument, read, prefix));
    return sites;
  }
  if (!ts.isObjectLiteralExpression(node)) {
    // `create(userData)`, `{ data: dto }`: a whole value whose keys are the model's properties (`path` empty), for
    // the fold to follow back to the literals callers build it from (`resolve/follow-arguments.ts`).
    const value = pickedFrom(unwrapped(node));
    if (prefix.length === 0 && (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) && !isUndefined(value)) site([], value);
    return sites;
  }
  for (const property of node.properties) {
    // `data: { ...data, userId }`: the spread value's keys are the model's properties, as for `data: dto`.
    if (ts.isSpreadAssignment(property)) {
      const value = pickedFrom(unwrapped(property.expression));
      if (prefix.length === 0 && read.access === 'write' && (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) && !isUndefined(value)) site([], value);
      // `values({ id, ...updatingInfo })` with `const updatingInfo = { picture: ..., name: ... }` in the function (Zero's
      // auth): the local literal's keys are the object's own.
      if (ts.isIdentifier(value) && ts.isObjectLiteralExpression(localObjectOf(value, read.context).node)) sites.push(...readQueryObject(value, read, prefix));
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
 * A query object kept in a local of the same file (`const select = { email: true } satisfies Prisma.CustomerSelect`,
 * handed on as `findMany({ select })`): its literal, where the keys are written; rows a const maps
 * (`const rows = items.map((item) => ({ ... }))`, handed on as `createMany({ data: rows })`): the object each is;
 * and what code adds to it later (`where.push({ ... })`, `where.status = v`), for the caller to read as its own.
 */
function localObjectOf(
  node: TS.Expression,
  context: ExtractContext,
): { readonly node: TS.Expression; readonly declaration?: TS.VariableDeclaration; readonly additions?: QueryObjectAdditions } {
  if (!ts.isIdentifier(node)) return { node };
  const declaration = context.declarationOf(node);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isVariableDeclarationList(declaration.parent)) return { node };
  const additions = queryObjectAdditions(declaration, context);
  const added = additions.elements.length + additions.keys.length + additions.merged.length > 0 ? { additions } : {};
  // A `let` or `var` stands for its literal while nothing gives it another value.
  const constant = (declaration.parent.flags & ts.NodeFlags.Const) !== 0 || !additions.reassigned;
  if (!declaration.initializer || !constant) return { node, declaration, ...added };
  const value = unwrapped(declaration.initializer);
  const literal = ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value) ? value : (mappedObjectOf(value) ?? node);
  return { node: literal, declaration, ...added };
}

/**
 * The value lodash's `pick(value, keys)` (`_.pick`) copies keys of: `create({ ...pick(expenseData, EDITABLE_FIELDS) })`
 * writes what callers put in `expenseData`, as far as the list lets through (the list, often imported, is not read:
 * a caller's key the list leaves out is counted). Any other expression is itself.
 */
export function pickedFrom(value: TS.Expression): TS.Expression {
  if (!ts.isCallExpression(value) || value.arguments.length !== 2) return value;
  const callee = value.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === '_' ? callee.name.text : undefined;
  return name === 'pick' && value.arguments[0] ? unwrapped(value.arguments[0]) : value;
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
