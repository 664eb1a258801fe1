import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import { visitDescendants } from './visit-descendants.js';

/** How many nodes of a local's scope are searched for what is added to it: a longer scope counts what was found. */
const MAX_SCOPE_NODES = 20_000;

/**
 * What code adds to a query object held in a local after building it, as Sequelize conditions are built one filter
 * at a time (`const where = { [Op.and]: [] }`, then `where[Op.and].push({ isDismissed: true })`; `const where = []`,
 * `where.push({ OrderId })`; `where.status = args.status`):
 * - `elements`: values pushed onto it (or onto a logical key of it, `where[Op.or].push(...)`), read as its elements;
 * - `keys`: properties set on it (`where.status = v`, `where['status'] = v`, `where.createdAt[Op.gte] = v`), the key's
 *   name node and the value set (the whole value only where the key is set directly);
 * - `merged`: objects merged into it (`Object.assign(where, { status })`, `where[Op.or] = [...]`), read as its own.
 * `reassigned` when the local is given a new value (`where = {...}`): then it is no longer the literal it started as.
 */
export interface QueryObjectAdditions {
  readonly elements: readonly TS.Expression[];
  readonly keys: readonly { readonly name: string; readonly at: TS.Node; readonly value?: TS.Expression }[];
  readonly merged: readonly TS.Expression[];
  readonly reassigned: boolean;
}

const NONE: QueryObjectAdditions = { elements: [], keys: [], merged: [], reassigned: false };
const memo = new WeakMap<TS.VariableDeclaration, QueryObjectAdditions>();

/** The additions to the local `declaration` declares, searched once per declaration in its enclosing scope. */
export function queryObjectAdditions(declaration: TS.VariableDeclaration, context: ExtractContext): QueryObjectAdditions {
  const known = memo.get(declaration);
  if (known) return known;
  const additions = searchAdditions(declaration, context);
  memo.set(declaration, additions);
  return additions;
}

function searchAdditions(declaration: TS.VariableDeclaration, context: ExtractContext): QueryObjectAdditions {
  if (!ts.isIdentifier(declaration.name) || !ts.isVariableDeclarationList(declaration.parent)) return NONE;
  const name = declaration.name.text;
  const scope = declaration.parent.parent.parent;
  if (!scope) return NONE;
  const elements: TS.Expression[] = [];
  const keys: { name: string; at: TS.Node; value?: TS.Expression }[] = [];
  const merged: TS.Expression[] = [];
  let reassigned = false;
  for (const node of identifiersIn(scope).get(name) ?? []) {
    if (node === declaration.name || context.declarationOf(node) !== declaration) continue;
    const use = useOf(node);
    if (use.kind === 'push') elements.push(...use.values);
    else if (use.kind === 'key') keys.push(use.key);
    else if (use.kind === 'merge') merged.push(...use.values);
    else if (use.kind === 'reassign') reassigned = true;
  }
  return elements.length + keys.length + merged.length === 0 && !reassigned ? NONE : { elements, keys, merged, reassigned };
}

const identifiersByScope = new WeakMap<TS.Node, ReadonlyMap<string, readonly TS.Identifier[]>>();

/**
 * The identifiers of a scope by name, in document order, from one walk of at most `MAX_SCOPE_NODES` nodes kept per
 * scope: a file's many query locals share its walk instead of each walking the whole file again.
 */
function identifiersIn(scope: TS.Node): ReadonlyMap<string, readonly TS.Identifier[]> {
  const known = identifiersByScope.get(scope);
  if (known) return known;
  const index = new Map<string, TS.Identifier[]>();
  let visited = 0;
  visitDescendants(scope, (node) => {
    if (++visited > MAX_SCOPE_NODES) return false;
    if (!ts.isIdentifier(node)) return;
    const list = index.get(node.text);
    if (list) list.push(node);
    else index.set(node.text, [node]);
  });
  identifiersByScope.set(scope, index);
  return index;
}

type Use =
  | { readonly kind: 'push'; readonly values: readonly TS.Expression[] }
  | { readonly kind: 'key'; readonly key: { readonly name: string; readonly at: TS.Node; readonly value?: TS.Expression } }
  | { readonly kind: 'merge'; readonly values: readonly TS.Expression[] }
  | { readonly kind: 'reassign' }
  | { readonly kind: 'other' };

const OTHER: Use = { kind: 'other' };

/** How one reference to the local adds to it, if it does. */
function useOf(identifier: TS.Identifier): Use {
  const parent = identifier.parent;
  if (isAssignmentTo(parent, identifier)) return { kind: 'reassign' };
  // `Object.assign(where, { status })`
  if (ts.isCallExpression(parent) && parent.arguments[0] === identifier && isObjectAssign(parent.expression)) return { kind: 'merge', values: parent.arguments.slice(1) };
  const link = accessOn(parent, identifier);
  if (!link) return OTHER;
  // `where.push(a, b)`
  if (link.name === 'push' && isCalled(parent)) return { kind: 'push', values: (parent.parent as TS.CallExpression).arguments };
  const outer = parent.parent;
  if (link.name === undefined) {
    // `where[Op.and].push(a)`, `where[Op.or] = [...]`: a logical key, its values the local's own.
    const next = accessOn(outer, parent as TS.Expression);
    if (next?.name === 'push' && isCalled(outer)) return { kind: 'push', values: (outer.parent as TS.CallExpression).arguments };
    if (isAssignmentTo(outer, parent as TS.Expression)) return { kind: 'merge', values: [(outer as TS.BinaryExpression).right] };
    return OTHER;
  }
  // `where.status = v`, and `where.createdAt[Op.gte] = v` (the key it sets under).
  if (isAssignmentTo(outer, parent as TS.Expression)) return { kind: 'key', key: { name: link.name, at: link.at, value: (outer as TS.BinaryExpression).right } };
  let top: TS.Node = parent;
  for (let hops = 0; hops < 4 && (ts.isPropertyAccessExpression(top.parent) || ts.isElementAccessExpression(top.parent)) && (top.parent as TS.AccessExpression).expression === top; hops++) top = top.parent;
  if (top !== parent && isAssignmentTo(top.parent, top as TS.Expression)) return { kind: 'key', key: { name: link.name, at: link.at } };
  return OTHER;
}

/**
 * `x.name` or `x['name']` on `receiver`: the key's name and node; `x[Op.and]` (a computed key) has no name. Undefined
 * when `node` is no access on `receiver`.
 */
function accessOn(node: TS.Node, receiver: TS.Expression): { readonly name?: string; readonly at: TS.Node } | undefined {
  if (ts.isPropertyAccessExpression(node) && node.expression === receiver) return { name: node.name.text, at: node.name };
  if (!ts.isElementAccessExpression(node) || node.expression !== receiver) return undefined;
  const key = node.argumentExpression;
  if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)) return { name: key.text, at: key };
  if (ts.isNumericLiteral(key)) return undefined;
  return { at: key };
}

function isCalled(access: TS.Node): boolean {
  return ts.isCallExpression(access.parent) && access.parent.expression === access;
}

function isAssignmentTo(node: TS.Node, target: TS.Expression): boolean {
  return ts.isBinaryExpression(node) && node.left === target && node.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

function isObjectAssign(callee: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && callee.name.text === 'assign';
}

