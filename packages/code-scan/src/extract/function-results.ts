import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import { plainTypeName, type PropertySite, type ReturnFact, type TypeExpr } from '../facts/file-facts.js';
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

/** How deep the functions of a const object are named (`errorNotificationService.auth.create`: 2). */
const MAX_MEMBER_DEPTH = 3;

/**
 * What the functions a top-level declaration names take, and what the functions of a const object return:
 * the declared type of each parameter (`export async function createDataIssue(qx: QueryExecutor, data:
 * IDbInsertDataIssuePayload)`, `export const upsert = async (qx, rows: IDbRow[]) => ...`), one fact each
 * (`ReturnFact.parameter`: an object literal passed there is of that type, `argumentObjectSites`); and for a const
 * object of functions (`export const errorNotificationService = { auth: { create: async (n: ErrorNotification) =>
 * ... } }`), each function by its path (`errorNotificationService.auth.create`), its result as `returnFactOf` gives
 * a top-level function's.
 */
export function signatureFactsOf(node: TS.Node, context: ExtractContext): ReturnFact[] {
  const facts: ReturnFact[] = [];
  const instance = instanceFactOf(node, context);
  if (instance) facts.push(instance);
  for (const { name, fn, member } of namedFunctions(node)) {
    fn.parameters.forEach((parameter, index) => {
      const type = parameter.type && context.typeOfNode(parameter.type);
      if (type) facts.push({ name, type, parameter: index });
    });
    const type = member ? returnedTypeOf(fn, context) : undefined;
    if (type) facts.push({ name, type });
  }
  return facts;
}

/** `export const licensingClient = new LicensingClient({ ... })`: a top-level const of an instance of a named class. */
function instanceFactOf(node: TS.Node, context: ExtractContext): ReturnFact | undefined {
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !isTopLevel(node) || !node.initializer) return undefined;
  const value = unwrapped(node.initializer);
  if (!ts.isNewExpression(value) || !ts.isIdentifier(value.expression)) return undefined;
  return { name: node.name.text, type: { kind: 'name', name: context.typeKey(value.expression.text) }, instance: true };
}

/**
 * The functions a top-level declaration names: itself (`function f`, `const f = async () => ...`, wrapped), a class's
 * methods (`Class.method`), or the functions of a const object literal by their paths (`member`), at most
 * `MAX_MEMBER_DEPTH` deep.
 */
function namedFunctions(node: TS.Node): { readonly name: string; readonly fn: TS.SignatureDeclaration; readonly member: boolean }[] {
  if (ts.isFunctionDeclaration(node) && node.name && ts.isSourceFile(node.parent)) return [{ name: node.name.text, fn: node, member: false }];
  // A class's methods (`Scheduler.recurring`), for their parameters: their results are the class facts'.
  if (ts.isClassDeclaration(node) && node.name && ts.isSourceFile(node.parent)) {
    const owner = node.name.text;
    return node.members.flatMap((member) => (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) ? [{ name: `${owner}.${member.name.text}`, fn: member, member: false }] : []));
  }
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !isTopLevel(node) || !node.initializer) return [];
  const fn = functionOf(node.initializer);
  if (fn) return [{ name: node.name.text, fn, member: false }];
  const found: { name: string; fn: TS.SignatureDeclaration; member: boolean }[] = [];
  const pending: { readonly object: TS.ObjectLiteralExpression; readonly path: string; readonly depth: number }[] = [];
  const object = unwrapped(node.initializer);
  if (ts.isObjectLiteralExpression(object)) pending.push({ object, path: node.name.text, depth: 1 });
  for (let item = pending.pop(); item; item = pending.pop()) {
    for (const property of item.object.properties) {
      const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
      if (key === undefined) continue;
      const path = `${item.path}.${key}`;
      if (ts.isMethodDeclaration(property)) found.push({ name: path, fn: property, member: true });
      if (!ts.isPropertyAssignment(property)) continue;
      const value = unwrapped(property.initializer);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) found.push({ name: path, fn: value, member: true });
      else if (ts.isObjectLiteralExpression(value) && item.depth < MAX_MEMBER_DEPTH) pending.push({ object: value, path, depth: item.depth + 1 });
    }
  }
  return found;
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
  const callee = index < 0 ? undefined : calleeFunction(call.expression, context);
  return callee ? objectKeySites(node, { ...callee.type, parameter: index }, 'write', context) : [];
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

/**
 * The fields of the object a function returns whose types the file says: `return { group }` with `const group = await
 * getGroup(groupId)` gives `group`, of what `getGroup` returns (spliit's tRPC resolvers). The return nearest the body's
 * end that is an object literal, searched as `returnedTypeOf` searches; its own keys only.
 */
export function returnedObjectFields(fn: TS.SignatureDeclaration, context: ExtractContext): { readonly field: string; readonly type: TypeExpr }[] {
  const body = (fn as TS.FunctionLikeDeclaration).body;
  if (!body) return [];
  let object: TS.ObjectLiteralExpression | undefined;
  if (!ts.isBlock(body)) object = ts.isObjectLiteralExpression(unwrapped(body)) ? (unwrapped(body) as TS.ObjectLiteralExpression) : undefined;
  const pending: TS.Node[] = ts.isBlock(body) ? [...body.statements] : [];
  for (let seen = 0, node = pending.pop(); !object && node && seen < MAX_BODY_NODES; seen++, node = pending.pop()) {
    if (ts.isReturnStatement(node)) {
      const value = node.expression && unwrapped(node.expression);
      if (value && ts.isObjectLiteralExpression(value)) object = value;
      continue;
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node) || (!ts.isStatement(node) && !ts.isCaseBlock(node) && !ts.isCaseOrDefaultClause(node) && !ts.isCatchClause(node))) continue;
    ts.forEachChild(node, (child) => void pending.push(child));
  }
  const fields: { field: string; type: TypeExpr }[] = [];
  for (const property of object?.properties ?? []) {
    const value = ts.isShorthandPropertyAssignment(property) ? property.name : ts.isPropertyAssignment(property) ? property.initializer : undefined;
    const field = value && property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
    const type = field === undefined ? undefined : context.typeOf(value!);
    if (field !== undefined && type) fields.push({ field, type });
  }
  return fields;
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
 * across the service's files in the fold). So is a function of a const object of functions, by its path
 * (`errorNotificationService.auth.create(...)`, `signatureFactsOf`), and a function of a namespace import
 * (`schedules.create(db, props)` with `import * as schedules from './schedules.js'`: `create` of that module).
 */
export function functionResult(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const callee = calleeFunction(call.expression, context);
  // A member of an imported value (`sequelize.define(...)` of an imported instance) may be anything: an ORM's call
  // the adapters type by its receiver; a typed receiver's method is `methodResult`'s. Their arguments still take the
  // parameter types (`argumentObjectSites`).
  return callee?.argumentsOnly ? undefined : callee?.type;
}

/**
 * `ReturnType<typeof getOrganization>`: what a call of the function named there gives, as `functionResult` types
 * the call (formbricks' `Pick<NonNullable<Awaited<ReturnType<typeof getOrganization>>>, 'isAIDataAnalysisEnabled'>`).
 */
export function namedFunctionResult(name: TS.Identifier, context: ExtractContext): TypeExpr | undefined {
  const callee = calleeFunction(name, context);
  return callee?.argumentsOnly ? undefined : callee?.type;
}

/**
 * The function a callee names, as `functionResult` names it, and whether only its parameters are meant: a member of an
 * imported value (neither a namespace import's function nor one of a const object the file declares), or a method of
 * a receiver of a named type (`scheduler.recurring(...)` with `scheduler: Scheduler`: `Scheduler.recurring`).
 */
function calleeFunction(callee: TS.Expression, context: ExtractContext): { readonly type: TypeExpr & { readonly kind: 'returned' }; readonly argumentsOnly: boolean } | undefined {
  const chain = calleeChain(callee);
  if (!chain) return undefined;
  const { root, path } = chain;
  const declaration = context.declarationOf(root);
  if (declaration && path.length === 1 && !(ts.isVariableDeclaration(declaration) && isTopLevel(declaration))) {
    const receiver = context.typeOf(root);
    const owner = receiver?.kind === 'name' && receiver.args === undefined ? plainTypeName(receiver.name) : undefined;
    return owner === undefined ? undefined : { type: { ...typeOrigin(owner, `${owner}.${path[0]!}`, context), kind: 'returned' }, argumentsOnly: true };
  }
  if (declaration) {
    const declared =
      path.length === 0
        ? (ts.isFunctionDeclaration(declaration) && ts.isSourceFile(declaration.parent)) || (ts.isVariableDeclaration(declaration) && isTopLevel(declaration))
        : ts.isVariableDeclaration(declaration) && isTopLevel(declaration) && declaration.initializer !== undefined && ts.isObjectLiteralExpression(unwrapped(declaration.initializer));
    return declared ? { type: { kind: 'returned', fn: [root.text, ...path].join('.') }, argumentsOnly: false } : undefined;
  }
  const module = context.importSource(root.text);
  const imported = context.importedName(root.text);
  if (module === undefined || imported === undefined || (imported === '*' && path.length === 0)) return undefined;
  const fn = (imported === '*' ? path : [imported === 'default' ? root.text : imported, ...path]).join('.');
  const argumentsOnly = imported !== '*' && path.length > 0;
  // `import useAccountStore from '@/store/account'`: a default export, taken to be the function of the name it is imported by.
  if (imported === 'default') return LOCAL_MODULE.test(module) ? { type: { kind: 'returned', fn, module: modulePath(module, context.file), byDefault: true }, argumentsOnly } : undefined;
  if (LOCAL_MODULE.test(module)) return { type: { kind: 'returned', fn, module: modulePath(module, context.file) }, argumentsOnly };
  // A package's function: resolved only when the package is one of the workspace's (`ImportedFacts.returns`).
  return { type: { kind: 'returned', fn, from: module }, argumentsOnly };
}

/** Where the function `fn` of the type `owner` is declared: the file, the module the file imports `owner` from, or a package. */
function typeOrigin(owner: string, fn: string, context: ExtractContext): { readonly fn: string; readonly module?: string; readonly from?: string } {
  const module = context.importSource(owner);
  if (module === undefined) return { fn };
  return LOCAL_MODULE.test(module) ? { fn, module: modulePath(module, context.file) } : { fn, from: module };
}

/** `f`, `service.auth.create`: the identifier a callee starts from and the names after it (at most `MAX_MEMBER_DEPTH`). */
function calleeChain(callee: TS.Expression): { readonly root: TS.Identifier; readonly path: readonly string[] } | undefined {
  const path: string[] = [];
  let current = callee;
  while (ts.isPropertyAccessExpression(current) && path.length <= MAX_MEMBER_DEPTH) {
    path.unshift(current.name.text);
    current = current.expression;
  }
  return ts.isIdentifier(current) && path.length <= MAX_MEMBER_DEPTH ? { root: current, path } : undefined;
}

/** `./data` from `src/a/b.ts` -> `src/a/data`; `@/features/x` -> `/features/x`, `src/x` -> `/src/x` (an alias's root is unknown here: a suffix). */
export function modulePath(module: string, file: string): string {
  // Asked for every call of an imported function: a file's answers are kept while the file is read.
  if (file !== modulePathsFile) {
    modulePathsFile = file;
    modulePaths.clear();
  }
  const known = modulePaths.get(module);
  if (known !== undefined) return known;
  const path = resolveModulePath(module, file);
  modulePaths.set(module, path);
  return path;
}

let modulePathsFile: string | undefined;
const modulePaths = new Map<string, string>();

function resolveModulePath(module: string, file: string): string {
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
