import type { Location } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { propertyNameOf } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import type { RouterMount } from '../facts/flow-facts.js';

/** How many links of a procedure's builder chain are read (`.use(...).input(...).output(...).query(...)`). */
const MAX_CHAIN = 32;
/** How many properties of one router literal (nested literals and routers included) are read. */
const MAX_PROPERTIES = 4096;
/** How deep a procedure's path within its router literal goes (`admin.audit.recent`). */
const MAX_DEPTH = 8;

/** `router`, `createTRPCRouter` (create-t3-app, dokploy, langfuse), `createRouter`, `t.router`. */
const ROUTER_CALL = /^(router|createTRPCRouter|createTrpcRouter|createRouter)$/;
/** `mergeRouters(a, b)`, `t.mergeRouters(a, b)`: the routers' procedures side by side, under the same prefix. */
const MERGE_CALL = /^mergeRouters$/;
const PROCEDURE_KINDS = /^(query|mutation|subscription)$/;

export interface TrpcProcedure {
  /** `QUERY`, `MUTATION`, `SUBSCRIPTION`. */
  readonly method: string;
  /** The dotted path within the router this file declares: `getUser`, `audit.recent` (a nested literal, tRPC v11). */
  readonly path: string;
  /** Where the procedure is declared: its key in the router literal. */
  readonly location: Location;
  /** The function given to `.query(...)`: an inline function, or the name of one. */
  readonly resolver: TS.Identifier | TS.ArrowFunction | TS.FunctionExpression;
  /** The schemas given to `.input(...)` and `.output(...)`, where they are named consts (`apiUpdateUser`). */
  readonly input: readonly string[];
  readonly output: readonly string[];
}

export interface TrpcRouter {
  /** The const the router is assigned to (`userRouter`); undefined for `export default router({...})`. */
  readonly name: string | undefined;
  readonly procedures: readonly TrpcProcedure[];
  readonly mounts: readonly RouterMount[];
}

/**
 * A tRPC router declared by a call (`export const userRouter = createTRPCRouter({ getUser: protectedProcedure
 * .input(z.object({ id: z.string() })).query(({ input, ctx }) => ...) })`, `t.router({...})`, `mergeRouters(a, b)`):
 * its procedures, each with its dotted path in the literal (nested routers and plain nested objects, tRPC v11, add
 * segments), and the routers it mounts by name (`{ user: userRouter }`), which the service-wide fold joins into full
 * paths (`user.getUser`). Only a call whose value is a const's initialiser, an `export default` or a statement is a
 * router of its own: one nested in another router's literal is read with that one. A literal that declares no
 * procedure and mounts nothing named like a router (vue-router's `createRouter({ history, routes })`) is none.
 */
export function trpcRouterOf(call: TS.CallExpression, context: ExtractContext): TrpcRouter | undefined {
  const name = calleeName(call.expression);
  if (name === undefined || !(ROUTER_CALL.test(name) || MERGE_CALL.test(name))) return undefined;
  let holder: TS.Node = call.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder)) holder = holder.parent;
  let routerName: string | undefined;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) routerName = holder.name.text;
  else if (!ts.isExportAssignment(holder) && !ts.isExpressionStatement(holder)) return undefined;

  const procedures: TrpcProcedure[] = [];
  const mounts: RouterMount[] = [];
  const router = routerName ?? '';
  const first = call.arguments[0];
  const work: { object: TS.ObjectLiteralExpression; prefix: readonly string[] }[] = ROUTER_CALL.test(name) && first && ts.isObjectLiteralExpression(first) ? [{ object: first, prefix: [] }] : [];
  if (MERGE_CALL.test(name)) {
    for (const argument of call.arguments) {
      if (ts.isIdentifier(argument)) mounts.push({ router, path: '', child: argument.text });
      // `mergeRouters(router({ polls }), other)`: the inner router's procedures and mounts are the merged one's.
      const literal = ts.isCallExpression(argument) && ROUTER_CALL.test(calleeName(argument.expression) ?? '') ? argument.arguments[0] : undefined;
      if (literal && ts.isObjectLiteralExpression(literal)) work.push({ object: literal, prefix: [] });
    }
  }
  let budget = MAX_PROPERTIES;
  for (let item = work.pop(); item; item = work.pop()) {
    for (const property of item.object.properties) {
      if (--budget < 0) break;
      if (ts.isShorthandPropertyAssignment(property)) {
        mounts.push({ router, path: [...item.prefix, property.name.text].join('.'), child: property.name.text });
        continue;
      }
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyNameOf(property.name);
      if (key === undefined || item.prefix.length >= MAX_DEPTH) continue;
      const path = [...item.prefix, key];
      let value = property.initializer;
      while (ts.isParenthesizedExpression(value) || ts.isAsExpression(value) || ts.isSatisfiesExpression(value)) value = value.expression;
      if (ts.isObjectLiteralExpression(value)) work.push({ object: value, prefix: path });
      else if (ts.isIdentifier(value)) mounts.push({ router, path: path.join('.'), child: value.text });
      else if (ts.isCallExpression(value)) {
        const nested = calleeName(value.expression);
        const literal = value.arguments[0];
        if (nested !== undefined && ROUTER_CALL.test(nested) && literal && ts.isObjectLiteralExpression(literal)) work.push({ object: literal, prefix: path });
        else {
          const procedure = procedureOf(value, path.join('.'), context.locationOf(property.name));
          if (procedure) procedures.push(procedure);
        }
      }
    }
  }
  // A router of procedures declared one per file (spliit's `createTRPCRouter({ get: getGroupExpenseProcedure })`).
  const routerLike = MERGE_CALL.test(name) || mounts.some((mount) => /(router|procedure)$/i.test(mount.child) || mount.path === '');
  return procedures.length > 0 || routerLike ? { name: routerName, procedures, mounts } : undefined;
}

/**
 * A procedure declared as a const of its own (spliit's `export const getGroupProcedure = baseProcedure.input(...)
 * .query(async ({ input }) => ...)` in `get.procedure.ts`), which a router mounts by name (`get: getGroupProcedure`):
 * read as a router of that name whose one procedure has the empty path, so the fold's mount prefixes give its full
 * path (`groups.get`).
 */
export function standaloneProcedureOf(call: TS.CallExpression, context: ExtractContext): TrpcRouter | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || !PROCEDURE_KINDS.test(call.expression.name.text)) return undefined;
  let holder: TS.Node = call.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder)) holder = holder.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name) || !ts.isSourceFile(holder.parent.parent.parent)) return undefined;
  // The builder starts at a procedure (`baseProcedure`, `t.procedure`, `protectedProcedure.use(...)`).
  let link: TS.Expression = call.expression.expression;
  for (let steps = 0; steps < MAX_CHAIN && ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression); steps++) link = link.expression.expression;
  if (!/procedure$/i.test(calleeName(link) ?? '')) return undefined;
  const procedure = procedureOf(call, '', context.locationOf(holder.name));
  return procedure ? { name: holder.name.text, procedures: [procedure], mounts: [] } : undefined;
}

/** `protectedProcedure.input(schema).query(fn)`, `withPermission('member', 'read').mutation(fn)`: the outermost call. */
function procedureOf(call: TS.CallExpression, path: string, location: Location): TrpcProcedure | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !PROCEDURE_KINDS.test(callee.name.text)) return undefined;
  const resolver = call.arguments[call.arguments.length - 1];
  if (!resolver || !(ts.isIdentifier(resolver) || ts.isArrowFunction(resolver) || ts.isFunctionExpression(resolver))) return undefined;
  const input: string[] = [];
  const output: string[] = [];
  let link: TS.Expression = callee.expression;
  for (let steps = 0; steps < MAX_CHAIN && ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression); steps++) {
    const schema = link.arguments[0];
    const method = link.expression.name.text;
    if (schema && ts.isIdentifier(schema) && (method === 'input' || method === 'output')) (method === 'input' ? input : output).unshift(schema.text);
    link = link.expression.expression;
  }
  return { method: callee.name.text.toUpperCase(), path, location, resolver, input, output };
}

/**
 * Whether a function is a procedure's resolver, the last argument of `.query(...)`, `.mutation(...)` or
 * `.subscription(...)`: its first parameter's `input` is the request.
 */
export function isProcedureResolver(node: TS.SignatureDeclaration): boolean {
  const call = node.parent;
  if (!ts.isCallExpression(call) || call.arguments[call.arguments.length - 1] !== node) return false;
  if (!ts.isPropertyAccessExpression(call.expression) || !PROCEDURE_KINDS.test(call.expression.name.text)) return false;
  const receiver = call.expression.expression;
  return ts.isCallExpression(receiver) || /procedure$/i.test(calleeName(receiver) ?? '');
}

/** `router`, `t.router`, `createTRPCRouter`. */
function calleeName(callee: TS.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}
