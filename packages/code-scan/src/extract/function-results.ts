import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import type { PropertySite, ReturnFact, TypeExpr } from '../facts/file-facts.js';
import { objectKeySites, unwrapped } from './shape-facts.js';
import { LOCAL_MODULE } from './flow-facts-of.js';

/** How many nodes of one function body are searched for its returns: a longer body is typed by what was found. */
const MAX_BODY_NODES = 4096;

/**
 * What a top-level function of the file returns: `export async function listOrders() { return prisma.order.findMany() }`,
 * `export const getCustomer = async (id) => ...`, or wrapped (`cache(async (id) => ...)`, `memoize(...)`: the wrapper
 * gives what its function returns). Undefined when neither a declared type nor a return says.
 */
export function returnFactOf(node: TS.Node, context: ExtractContext): ReturnFact | undefined {
  if (ts.isFunctionDeclaration(node) && node.name && ts.isSourceFile(node.parent)) {
    const type = returnedTypeOf(node, context);
    return type && { name: node.name.text, type };
  }
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !isTopLevel(node)) return undefined;
  const store = node.initializer && storeType(node.initializer, context);
  if (store) return { name: node.name.text, type: store };
  const fn = node.initializer && functionOf(node.initializer);
  const type = fn && returnedTypeOf(fn, context);
  return type && { name: node.name.text, type };
}

/**
 * The declared types of a top-level function's parameters (`export async function createDataIssue(qx: QueryExecutor,
 * data: IDbInsertDataIssuePayload)`, `export const upsert = async (qx, rows: IDbRow[]) => ...`), one fact each
 * (`ReturnFact.parameter`): an object literal passed there is of that type (`argumentObjectSites`).
 */
export function parameterFactsOf(node: TS.Node, context: ExtractContext): ReturnFact[] {
  let name: string | undefined;
  let fn: TS.SignatureDeclaration | undefined;
  if (ts.isFunctionDeclaration(node) && node.name && ts.isSourceFile(node.parent)) {
    name = node.name.text;
    fn = node;
  } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isTopLevel(node) && node.initializer) {
    name = node.name.text;
    fn = functionOf(node.initializer);
  }
  if (name === undefined || !fn) return [];
  const facts: ReturnFact[] = [];
  fn.parameters.forEach((parameter, index) => {
    const type = parameter.type && context.typeOfNode(parameter.type);
    if (type) facts.push({ name: name, type, parameter: index });
  });
  return facts;
}

/**
 * `createDataIssue(qx, { ...data, githubIssueUrl: url })`: an object literal handed to a top-level function the file
 * declares or imports (from a module of the service or a workspace package, as `functionResult` finds it) is of the
 * type that function declares for the parameter, and each of its keys is written there.
 */
export function argumentObjectSites(node: TS.ObjectLiteralExpression, context: ExtractContext): PropertySite[] {
  let holder: TS.Node = node;
  while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
  const call = holder.parent;
  if (!ts.isCallExpression(call)) return [];
  const index = call.arguments.indexOf(holder as TS.Expression);
  const callee = index < 0 ? undefined : functionResult(call, context);
  return callee?.kind === 'returned' ? objectKeySites(node, { ...callee, parameter: index }, 'write', context) : [];
}

/** Where zustand's `create` comes from: the package or one of its entry points (`zustand/react`). */
const ZUSTAND = /^zustand(\/|$)/;

/**
 * `const useAccountStore = create<AccountStore>()((set) => ({ ... }))` (or `create<AccountStore>((set) => ...)`, with
 * middleware around the initialiser): a zustand store hook, whose call gives the state, the type argument.
 */
function storeType(initializer: TS.Expression, context: ExtractContext): TypeExpr | undefined {
  let call = unwrapped(initializer);
  // `create<T>()(...)`: the curried form's inner call holds the type argument.
  if (ts.isCallExpression(call) && ts.isCallExpression(call.expression)) call = call.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const state = call.typeArguments?.[0];
  if (!state || context.importedName(call.expression.text) !== 'create' || !ZUSTAND.test(context.importSource(call.expression.text) ?? '')) return undefined;
  return context.typeOfNode(state);
}

/**
 * A function's result: its declared return type (`Promise<T>` is T), else the type of the arrow's body, else of a
 * return whose type the file says (`return prisma.customer.findUnique(...)`, `return customer` of such a row). The
 * body is searched on an explicit stack from its last statement back, not into nested functions, at most
 * `MAX_BODY_NODES` nodes: the return found first is the one nearest the body's end. A returned object literal is of
 * the type of the first value it spreads (`return { ...poll, inviteLink }`).
 */
export function returnedTypeOf(fn: TS.SignatureDeclaration, context: ExtractContext): TypeExpr | undefined {
  if (fn.type) return context.typeOfNode(fn.type);
  const body = (fn as TS.FunctionLikeDeclaration).body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) return context.typeOf(body);
  const pending: TS.Node[] = [...body.statements];
  for (let seen = 0, node = pending.pop(); node && seen < MAX_BODY_NODES; seen++, node = pending.pop()) {
    if (ts.isReturnStatement(node)) {
      const type = node.expression && (context.typeOf(node.expression) ?? spreadType(node.expression, context));
      if (type) return type;
      continue;
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node) || (!ts.isStatement(node) && !ts.isCaseBlock(node) && !ts.isCaseOrDefaultClause(node) && !ts.isCatchClause(node))) continue;
    ts.forEachChild(node, (child) => void pending.push(child));
  }
  return undefined;
}

/** `{ ...poll, inviteLink }`: the object has every field of the first spread value whose type the file says. */
function spreadType(expression: TS.Expression, context: ExtractContext): TypeExpr | undefined {
  const value = unwrapped(expression);
  if (!ts.isObjectLiteralExpression(value)) return undefined;
  for (const property of value.properties) {
    const type = ts.isSpreadAssignment(property) ? context.typeOf(property.expression) : undefined;
    if (type) return type;
  }
  return undefined;
}

/**
 * `getCustomer(id)`: a call of a top-level function the file declares or imports from a module of the service
 * (relative or aliased, `@/features/customer/data`), typed by what that function returns (`ReturnFact`, joined by name
 * across the service's files in the fold).
 */
export function functionResult(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) return namespaceFunction(callee.expression, callee.name.text, context);
  if (!ts.isIdentifier(callee)) return undefined;
  const declaration = context.declarationOf(callee);
  if (declaration) {
    const declared = (ts.isFunctionDeclaration(declaration) && ts.isSourceFile(declaration.parent)) || (ts.isVariableDeclaration(declaration) && isTopLevel(declaration));
    return declared ? { kind: 'returned', fn: callee.text } : undefined;
  }
  const module = context.importSource(callee.text);
  const imported = context.importedName(callee.text);
  if (module === undefined || imported === undefined || imported === '*') return undefined;
  // `import useAccountStore from '@/store/account'`: a default export, taken to be the function of the name it is imported by.
  if (imported === 'default') return LOCAL_MODULE.test(module) ? { kind: 'returned', fn: callee.text, module: modulePath(module, context.file), byDefault: true } : undefined;
  if (LOCAL_MODULE.test(module)) return { kind: 'returned', fn: imported, module: modulePath(module, context.file) };
  // A package's function: resolved only when the package is one of the workspace's (`ImportedFacts.returns`).
  return { kind: 'returned', fn: imported, from: module };
}

/**
 * `schedules.create(db, props)` with `import * as schedules from './schedules.js'`: the function `create` of that module
 * (or of a workspace package imported so); undefined for any other receiver.
 */
function namespaceFunction(namespace: TS.Identifier, fn: string, context: ExtractContext): TypeExpr | undefined {
  const module = context.importSource(namespace.text);
  if (module === undefined || context.importedName(namespace.text) !== '*' || context.declarationOf(namespace)) return undefined;
  return LOCAL_MODULE.test(module) ? { kind: 'returned', fn, module: modulePath(module, context.file) } : { kind: 'returned', fn, from: module };
}

/** `./data` from `src/a/b.ts` -> `src/a/data`; `@/features/x` -> `/features/x`, `src/x` -> `/src/x` (an alias's root is unknown here: a suffix). */
function modulePath(module: string, file: string): string {
  const bare = module.replace(/\.(m|c)?(j|t)sx?$/, '');
  if (!bare.startsWith('.')) return `/${bare.replace(/^(@|~)\/|^#/, '')}`;
  const parts = file.split('/').slice(0, -1);
  for (const part of bare.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The function a const holds: itself, or the function it is wrapped in (`cache(async () => ...)`). */
function functionOf(initializer: TS.Expression): TS.SignatureDeclaration | undefined {
  const value = unwrapped(initializer);
  if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value;
  if (!ts.isCallExpression(value)) return undefined;
  for (const argument of value.arguments) {
    const inner = unwrapped(argument);
    if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return inner;
  }
  return undefined;
}

/** `const x = ...` directly in the file, not in a function or block. */
function isTopLevel(declaration: TS.VariableDeclaration): boolean {
  const statement = declaration.parent.parent;
  return ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent);
}
