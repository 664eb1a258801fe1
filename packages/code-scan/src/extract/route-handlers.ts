import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import { propertyValue } from './decorators-of.js';
import { schemaObject, unwrapped } from './shape-facts.js';

const ROUTE_METHODS = /^(get|post|put|patch|delete|head|options|all)$/;

/** The packages whose routers are called as `router.get('/path', ...handlers)`, and the name the report gives each. */
const FRAMEWORKS: readonly (readonly [RegExp, string])[] = [
  [/^fastify$/, 'fastify'],
  [/^hono(\/|$)/, 'hono'],
  [/^(koa-router|@koa\/router)$/, 'koa'],
  [/^express$/, 'express'],
];

/** HTTP clients: a file that imports one and no server framework calls routes, it declares none (`axios.get('/members', options)`). */
const HTTP_CLIENTS = /^(axios|ky|got|superagent|node-fetch|ofetch|openapi-fetch|undici|@angular\/common\/http)$/;
/** Receivers that are HTTP clients whatever the file imports: `axios.get(...)`, `this.http.get(...)`. */
const CLIENT_RECEIVERS = /^(axios|ky|got|superagent|http|httpClient|\$http|\$fetch|ofetch|apiClient)$/;

export interface RouteCall {
  readonly framework: string;
  /** Upper case: `GET`. */
  readonly method: string;
  /** As OpenAPI writes it: `/members/{id}`. */
  readonly path: string;
  /** The last handler of the call: an inline function, or the name of one. */
  readonly handler: TS.Identifier | TS.ArrowFunction | TS.FunctionExpression;
  /** The schemas the route declares by name (Fastify's `schema: { body: X, response: { 200: Y } }`): its contract in code. */
  readonly schemas: RouteSchemas;
}

/** Named schemas (consts: JSON schema objects, zod objects) of a route's request and response bodies. */
export interface RouteSchemas {
  readonly request: readonly string[];
  readonly response: readonly string[];
}

/**
 * `router.get('/members/:id', auth, async (req, res) => ...)`, `app.post('/x', createX)`, Fastify's
 * `fastify.get('/x', { schema }, handler)`, Hono's `app.get('/x', (c) => ...)`, Koa router's, and
 * `router.route('/x').get(handler)`: a route, when the path is a string starting with `/` and the last argument is a
 * function or a name. The framework is the one the file imports (`express` when it imports none of them: a router
 * passed in from another file). A call on an HTTP client (`axios.get('/members', options)`, or any call in a file that
 * imports a client and no framework) is a request, not a route.
 */
export function routeHandlerOf(call: TS.CallExpression, context: ExtractContext): RouteCall | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'route' && call.arguments.length === 1) return fastifyRouteOf(call.arguments[0]!, context);
  if (!ts.isPropertyAccessExpression(callee) || !ROUTE_METHODS.test(callee.name.text)) return undefined;
  const framework = frameworkOf(context);
  const named = ts.isIdentifier(callee.expression) ? callee.expression : ts.isPropertyAccessExpression(callee.expression) ? callee.expression.name : undefined;
  if (framework === undefined || (named && CLIENT_RECEIVERS.test(named.text))) return undefined;
  const handler = call.arguments[call.arguments.length - 1];
  if (!handler || !(ts.isIdentifier(handler) || ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) return undefined;
  const receiver = callee.expression;
  let path: string | undefined;
  if (call.arguments.length >= 2) path = context.stringOf(call.arguments[0]!);
  else if (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) && receiver.expression.name.text === 'route' && receiver.arguments[0]) {
    path = context.stringOf(receiver.arguments[0]);
  }
  if (path === undefined || !path.startsWith('/')) return undefined;
  // Fastify's route options, `fastify.get('/x', { schema, preHandler }, handler)`, between the path and the handler.
  const options = call.arguments.length >= 3 ? constObject(call.arguments[call.arguments.length - 2]!, context) : undefined;
  const schemas = routeSchemasOf(options, context);
  const validated = call.arguments.slice(1, -1).flatMap(validatedBodySchemas);
  return { framework, method: callee.name.text.toUpperCase(), path: joinPaths(path), handler, schemas: validated.length > 0 ? { ...schemas, request: [...schemas.request, ...validated] } : schemas };
}

/** Validators of a request body given as a route's middleware: Hono's `zValidator('json', createLicenseInputSchema)` (or `'form'`). */
const BODY_VALIDATORS = /^(zValidator|typiaValidator|vValidator|arktypeValidator|sValidator|tbValidator)$/;

/** The schema const a middleware validates the request body with: `createLicenseInputSchema` of `zValidator('json', createLicenseInputSchema)`. */
function validatedBodySchemas(argument: TS.Expression): string[] {
  const call = unwrapped(argument);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !BODY_VALIDATORS.test(call.expression.text)) return [];
  const [target, schema] = call.arguments;
  if (!target || !ts.isStringLiteral(target) || !/^(json|form)$/.test(target.text) || !schema) return [];
  return schemaNames(schema);
}

/** Fastify's full declaration: `fastify.route({ method: 'GET', url: '/users/:id', schema, handler })`. */
function fastifyRouteOf(argument: TS.Expression, context: ExtractContext): RouteCall | undefined {
  const options = constObject(argument, context);
  const method = options && propertyValue(options, 'method');
  const url = options && (propertyValue(options, 'url') ?? propertyValue(options, 'path'));
  const handler = options && propertyValue(options, 'handler');
  const methodName = method && context.stringOf(method);
  const path = url && context.stringOf(url);
  if (!options || !handler || methodName === undefined || path === undefined || !path.startsWith('/') || !ROUTE_METHODS.test(methodName.toLowerCase())) return undefined;
  const framework = frameworkOf(context);
  if (framework === undefined || !(ts.isIdentifier(handler) || ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) return undefined;
  return { framework, method: methodName.toUpperCase(), path: joinPaths(path), handler, schemas: routeSchemasOf(options, context) };
}

/**
 * The named schemas of a route's `schema` option: `body: createUserBody` is the request's, each status of
 * `response: { 200: userSchema, 201: { type: 'array', items: userSchema } }` the response's. The option and its
 * parts may be consts of the file (`schema: getUserSchema`).
 */
function routeSchemasOf(options: TS.ObjectLiteralExpression | undefined, context: ExtractContext): RouteSchemas {
  const schema = options && propertyValue(options, 'schema');
  const object = schema && constObject(schema, context);
  if (!object) return { request: [], response: [] };
  const body = propertyValue(object, 'body');
  const responses = propertyValue(object, 'response');
  const byStatus = responses && constObject(responses, context);
  const response = byStatus ? byStatus.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? schemaNames(property.initializer) : [])) : [];
  return { request: body ? schemaNames(body) : [], response };
}

/** `userSchema`, `{ type: 'array', items: userSchema }`, `z.array(userSchema)`: the const the body is (arrays unwrapped in a loop). */
export function schemaNames(expression: TS.Expression): string[] {
  let value = unwrapped(expression);
  for (let hops = 0; hops < 8; hops++) {
    const items = ts.isObjectLiteralExpression(value) ? propertyValue(value, 'items') : ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === 'array' ? value.arguments[0] : undefined;
    if (!items) break;
    value = unwrapped(items);
  }
  return ts.isIdentifier(value) ? [value.text] : [];
}

/** An object literal, or a const of the file initialised with one (`{ ... } as const`). */
function constObject(expression: TS.Expression, context: ExtractContext): TS.ObjectLiteralExpression | undefined {
  const value = unwrapped(expression);
  if (ts.isObjectLiteralExpression(value)) return value;
  if (!ts.isIdentifier(value)) return undefined;
  const declaration = context.declarationOf(value);
  return declaration && ts.isVariableDeclaration(declaration) ? schemaObject(declaration.initializer) : undefined;
}

const frameworks = new WeakMap<ExtractContext, string | null>();

/** The server framework the file imports; `express` when none; undefined when it imports an HTTP client and no framework. */
function frameworkOf(context: ExtractContext): string | undefined {
  let found = frameworks.get(context);
  if (found === undefined) {
    let client = false;
    for (const statement of context.sourceFile.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const module = statement.moduleSpecifier.text;
      const framework = FRAMEWORKS.find(([pattern]) => pattern.test(module));
      if (framework) {
        found = framework[1];
        break;
      }
      client ||= HTTP_CLIENTS.test(module);
    }
    found ??= client ? null : 'express';
    frameworks.set(context, found);
  }
  return found ?? undefined;
}

/** Joins route segments and writes `:id` as OpenAPI's `{id}`: `('members', ':id')` -> `/members/{id}`. */
export function joinPaths(...parts: readonly string[]): string {
  const segments = parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '');
  return `/${segments.map((segment) => segment.replace(/^:(\w+)(\(.*\))?\??$/, '{$1}')).join('/')}`;
}
