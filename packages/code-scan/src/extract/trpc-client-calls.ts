import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { QUERY_RESULT, type TypeExpr } from '../facts/file-facts.js';
import type { ExtractContext } from './extract-context.js';

/** How many segments a procedure's path on a client may have (`admin.audit.recent`). */
const MAX_SEGMENTS = 8;

/** React Query hooks of `@trpc/react-query` on a procedure: `data` is the result (`useQuery`), or the first element. */
const HOOKS: ReadonlyMap<string, 'query' | 'tuple'> = new Map([
  ['useQuery', 'query'],
  ['useSuspenseQuery', 'tuple'],
]);
/** Calls on a procedure that give its result: the vanilla client's `query`, `useUtils()`'s `fetch` and `getData`. */
const RESULTS = new Set(['query', 'fetch', 'getData', 'ensureData']);
/** TanStack Query's own calls given a procedure's options (`useQuery(trpc.polls.get.queryOptions(input))`, tRPC v11). */
const OPTION_HOOKS = new Set(['useQuery', 'useSuspenseQuery']);
const OPTION_RESULTS = new Set(['fetchQuery', 'ensureQueryData', 'getQueryData']);

/**
 * What a call of a tRPC client on a procedure gives: `trpc.polls.get.useQuery(input)` (a hook whose `data` is the
 * procedure's result), `api.polls.get.useSuspenseQuery()` (`[data, query]`), `utils.polls.get.fetch()`,
 * `client.polls.get.query()`, `useQuery(trpc.polls.get.queryOptions())`. The path is the property chain between the
 * client (the first name, or a call: `trpc.useUtils()`) and the method; a result path needs two segments. The fold
 * types it only when the service declares a procedure at that full path, so a call of any other object that happens
 * to end in `.useQuery()` gives nothing.
 */
export function procedureCallResult(call: TS.CallExpression): TypeExpr | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee) && OPTION_HOOKS.has(callee.text)) {
    const path = optionsPath(call.arguments[0]);
    return path === undefined ? undefined : { kind: 'procedure', path, hook: 'query' };
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  if (OPTION_RESULTS.has(method)) {
    const path = optionsPath(call.arguments[0]);
    return path === undefined ? undefined : { kind: 'procedure', path };
  }
  const hook = HOOKS.get(method);
  if (hook === undefined && !RESULTS.has(method)) return undefined;
  const segments = procedurePath(callee.expression);
  if (segments === undefined || (hook === undefined && segments.length < 2)) return undefined;
  return { kind: 'procedure', path: segments.join('.'), ...(hook === undefined ? {} : { hook }) };
}

/** `trpc.polls.get.queryOptions(input)` -> `polls.get`. */
function optionsPath(argument: TS.Expression | undefined): string | undefined {
  if (!argument || !ts.isCallExpression(argument) || !ts.isPropertyAccessExpression(argument.expression)) return undefined;
  if (argument.expression.name.text !== 'queryOptions') return undefined;
  return procedurePath(argument.expression.expression)?.join('.');
}

/** The segments of `client.a.b` after the client: `['a', 'b']`; undefined past `MAX_SEGMENTS` or for no segment. */
export function procedurePath(expression: TS.Expression): string[] | undefined {
  const segments: string[] = [];
  let link = expression;
  while (ts.isPropertyAccessExpression(link)) {
    if (segments.length >= MAX_SEGMENTS) return undefined;
    segments.unshift(link.name.text);
    link = link.expression;
  }
  if (!ts.isIdentifier(link) && !ts.isCallExpression(link)) return undefined;
  return segments.length > 0 ? segments : undefined;
}

/**
 * `RouterOutputs['polls']['get']` (an alias of `inferRouterOutputs<AppRouter>`, which the fold checks) or
 * `inferRouterOutputs<AppRouter>['polls']['get']`: the result of the procedure at that path; a trailing `[number]` is
 * an element of it (`RouterOutputs['polls']['list'][number]`).
 */
export function routerOutputType(type: TS.IndexedAccessTypeNode): TypeExpr | undefined {
  const segments: string[] = [];
  let element = false;
  let link: TS.TypeNode = type;
  for (let steps = 0; ts.isIndexedAccessTypeNode(link) && steps <= MAX_SEGMENTS; steps++) {
    const index = link.indexType;
    if (ts.isLiteralTypeNode(index) && ts.isStringLiteral(index.literal)) segments.unshift(index.literal.text);
    else if (index.kind === ts.SyntaxKind.NumberKeyword && segments.length === 0 && !element) element = true;
    else return undefined;
    link = link.objectType;
  }
  if (!ts.isTypeReferenceNode(link) || !ts.isIdentifier(link.typeName) || segments.length === 0) return undefined;
  const procedure: TypeExpr = { kind: 'procedure', path: segments.join('.'), outputs: link.typeName.text };
  return element ? { kind: 'element', of: procedure } : procedure;
}

/** Data-fetching hooks told their data's type: `useSWR<Data>`, TanStack's `useQuery<TQueryFnData, TError, TData>`. */
const TYPED_HOOKS: ReadonlyMap<string, number> = new Map([
  ['useSWR', 0],
  ['useSWRImmutable', 0],
  ['useQuery', 2],
  ['useSuspenseQuery', 2],
]);

/**
 * `useSWR<Poll>(key, fetcher)`, `useQuery<Poll[]>({ queryKey, queryFn })`: a query result whose `data` is the type
 * argument (TanStack's third, `TData`, when given, else its first), as `UseQueryResult<Poll>` written out is.
 */
export function typedHookResult(call: TS.CallExpression, context: ExtractContext): TypeExpr | undefined {
  const callee = call.expression;
  const index = ts.isIdentifier(callee) ? TYPED_HOOKS.get(callee.text) : undefined;
  const argument = index === undefined ? undefined : (call.typeArguments?.[index] ?? call.typeArguments?.[0]);
  const data = argument && context.typeOfNode(argument);
  return data ? { kind: 'name', name: QUERY_RESULT, args: [data] } : undefined;
}
