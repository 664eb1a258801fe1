import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import { propertyValue } from './decorators-of.js';
import type { ExtractContext } from './extract-context.js';
import type { ContractOperation } from '../facts/flow-facts.js';
import { joinPaths, schemaNames } from './route-handlers.js';
import { schemaObject } from './shape-facts.js';

const METHODS = /^(get|post|put|patch|delete|head|options|trace)$/i;

/**
 * An operation a spec written in code declares: zod-to-openapi's `registry.registerPath({ method: 'get', path:
 * '/users/{id}', operationId, request: { body: { content: { 'application/json': { schema: CreateUser } } } },
 * responses: { 200: { content: { 'application/json': { schema: User } } } } })`, and `@hono/zod-openapi`'s
 * `createRoute({...})` of the same shape. Its body schemas are the consts named at `schema` (`z.array(User)` is
 * `User`'s); an inline schema names no const and gives the operation only.
 */
export function contractOperationOf(call: TS.CallExpression, context: ExtractContext): ContractOperation | undefined {
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name !== 'registerPath' && name !== 'createRoute') return undefined;
  const options = schemaObject(call.arguments[0]);
  const method = options && propertyValue(options, 'method');
  const path = options && propertyValue(options, 'path');
  const methodName = method && context.stringOf(method);
  const template = path && context.stringOf(path);
  if (!options || methodName === undefined || !METHODS.test(methodName) || template === undefined || !template.startsWith('/')) return undefined;
  const operationId = propertyValue(options, 'operationId');
  const request = schemaObject(propertyValue(options, 'request'));
  const responses = schemaObject(propertyValue(options, 'responses'));
  return {
    method: methodName.toUpperCase(),
    path: joinPaths(template),
    ...(operationId && ts.isStringLiteralLike(operationId) ? { operationId: operationId.text } : {}),
    request: bodySchemas(request && propertyValue(request, 'body')),
    response: responseSchemas(responses),
    location: context.locationOf(call),
  };
}

/** How many operations one `paths` object is read for. */
const MAX_OPERATIONS = 1024;

/**
 * The operations of an OpenAPI document assembled in code: `export const openapi = { openapi: '3.0.3', paths: {
 * '/users/{id}': { get: { operationId, requestBody, responses } } } }`, with the schemas of its bodies named by const
 * (`schema: userSchema`). Only the top object of a literal is asked (`paths` of a nested literal is not a spec's).
 */
export function pathsOperationsOf(spec: TS.ObjectLiteralExpression, context: ExtractContext): ContractOperation[] {
  const paths = schemaObject(propertyValue(spec, 'paths'));
  if (!paths || !(propertyValue(spec, 'openapi') ?? propertyValue(spec, 'swagger') ?? propertyValue(spec, 'info'))) return [];
  const operations: ContractOperation[] = [];
  for (const pathItem of paths.properties) {
    const template = ts.isPropertyAssignment(pathItem) && ts.isStringLiteralLike(pathItem.name) ? pathItem.name.text : undefined;
    const item = template?.startsWith('/') && ts.isPropertyAssignment(pathItem) ? schemaObject(pathItem.initializer) : undefined;
    if (!item || template === undefined) continue;
    for (const member of item.properties) {
      const method = ts.isPropertyAssignment(member) && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined;
      const operation = method !== undefined && METHODS.test(method) && ts.isPropertyAssignment(member) ? schemaObject(member.initializer) : undefined;
      if (!operation || operations.length >= MAX_OPERATIONS) continue;
      const operationId = propertyValue(operation, 'operationId');
      const responses = schemaObject(propertyValue(operation, 'responses'));
      operations.push({
        method: method!.toUpperCase(),
        path: joinPaths(template),
        ...(operationId && ts.isStringLiteralLike(operationId) ? { operationId: operationId.text } : {}),
        request: bodySchemas(propertyValue(operation, 'requestBody')),
        response: responseSchemas(responses),
        location: context.locationOf((member as TS.PropertyAssignment).name),
      });
    }
  }
  return operations;
}

/** `responses: { 200: { content: { ... } } }`: the schema consts of every status. */
function responseSchemas(responses: TS.ObjectLiteralExpression | undefined): string[] {
  return responses ? responses.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? bodySchemas(property.initializer) : [])) : [];
}

/** `{ content: { 'application/json': { schema: User } } }`: the schema consts of each media type. */
function bodySchemas(body: TS.Expression | undefined): string[] {
  const object = schemaObject(body);
  const content = object && schemaObject(propertyValue(object, 'content'));
  if (!content) return [];
  return content.properties.flatMap((media) => {
    const schema = ts.isPropertyAssignment(media) ? schemaObject(media.initializer) : undefined;
    const value = schema && propertyValue(schema, 'schema');
    return value ? schemaNames(value) : [];
  });
}
