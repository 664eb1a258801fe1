import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';

const ROUTE_METHODS = /^(get|post|put|patch|delete|head|options|all)$/;

/** The packages whose routers are called as `router.get('/path', ...handlers)`, and the name the report gives each. */
const FRAMEWORKS: readonly (readonly [RegExp, string])[] = [
  [/^fastify$/, 'fastify'],
  [/^hono(\/|$)/, 'hono'],
  [/^(koa-router|@koa\/router)$/, 'koa'],
  [/^express$/, 'express'],
];

export interface RouteCall {
  readonly framework: string;
  /** Upper case: `GET`. */
  readonly method: string;
  /** As OpenAPI writes it: `/members/{id}`. */
  readonly path: string;
  /** The last handler of the call: an inline function, or the name of one. */
  readonly handler: TS.Identifier | TS.ArrowFunction | TS.FunctionExpression;
}

/**
 * `router.get('/members/:id', auth, async (req, res) => ...)`, `app.post('/x', createX)`, Fastify's
 * `fastify.get('/x', { schema }, handler)`, Hono's `app.get('/x', (c) => ...)`, Koa router's, and
 * `router.route('/x').get(handler)`: a route, when the path is a string starting with `/` and the last argument is a
 * function or a name. The framework is the one the file imports (`express` when it imports none of them: a router
 * passed in from another file).
 */
export function routeHandlerOf(call: TS.CallExpression, context: ExtractContext): RouteCall | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ROUTE_METHODS.test(callee.name.text)) return undefined;
  const handler = call.arguments[call.arguments.length - 1];
  if (!handler || !(ts.isIdentifier(handler) || ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) return undefined;
  const receiver = callee.expression;
  let path: string | undefined;
  if (call.arguments.length >= 2) path = context.stringOf(call.arguments[0]!);
  else if (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) && receiver.expression.name.text === 'route' && receiver.arguments[0]) {
    path = context.stringOf(receiver.arguments[0]);
  }
  if (path === undefined || !path.startsWith('/')) return undefined;
  return { framework: frameworkOf(context), method: callee.name.text.toUpperCase(), path: joinPaths(path), handler };
}

const frameworks = new WeakMap<ExtractContext, string>();

function frameworkOf(context: ExtractContext): string {
  let found = frameworks.get(context);
  if (found === undefined) {
    found = 'express';
    for (const statement of context.sourceFile.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const module = statement.moduleSpecifier.text;
      const framework = FRAMEWORKS.find(([pattern]) => pattern.test(module));
      if (framework) {
        found = framework[1];
        break;
      }
    }
    frameworks.set(context, found);
  }
  return found;
}

/** Joins route segments and writes `:id` as OpenAPI's `{id}`: `('members', ':id')` -> `/members/{id}`. */
export function joinPaths(...parts: readonly string[]): string {
  const segments = parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '');
  return `/${segments.map((segment) => segment.replace(/^:(\w+)(\(.*\))?\??$/, '{$1}')).join('/')}`;
}
