import type { ts as TS } from 'ts-morph';
import { ts } from './typescript.js';
import type { ExtractContext } from './extract-context.js';
import { propertyNameOf } from './decorators-of.js';
import { unwrapped } from './shape-facts.js';

/**
 * Request bodies a UI sends to the service's own API routes, and the routes that read them (linkwarden's
 * `pages/register.tsx` posting to `pages/api/auth/register.ts`). A request is named by its target: `http:/api/orders`
 * for a path of the service (`/api/links/{}` where the client substitutes a segment), `auth:credentials` for next-auth's
 * `signIn('credentials', body)`. The fold matches the target with the routes' (`requestRouteMatches`).
 */
export interface RequestBody {
  readonly target: string;
  /** The value sent: the argument of `JSON.stringify(...)` in `fetch`'s `body`, the data of `axios.post`, `signIn`'s options. */
  readonly value: TS.Expression;
}

/** axios's methods that send a body as their second argument. */
const AXIOS_BODY_METHODS = /^(post|put|patch)$/;

/**
 * `fetch('/api/orders', { method: 'POST', body: JSON.stringify(order) })` (the options inline or a const of the file),
 * `axios.post('/api/orders', order)` (also `put`, `patch`), next-auth's `signIn('credentials', { email })`: the target
 * and the value sent. Undefined for a URL that is no path of the service (another host, a computed one) and a body that
 * is not JSON of a value (`FormData`, a string).
 */
export function requestBodyOf(call: TS.CallExpression, context: ExtractContext): RequestBody | undefined {
  const callee = call.expression;
  const [first, second] = call.arguments;
  if (!first || !second) return undefined;
  if (ts.isIdentifier(callee) && callee.text === 'fetch' && context.declarationOf(callee) === undefined && context.importSource('fetch') === undefined) {
    const path = requestPathOf(first, context);
    const body = path === undefined ? undefined : jsonBodyOf(second, context);
    return body && { target: `http:${path}`, value: body };
  }
  if (ts.isIdentifier(callee) && callee.text === 'signIn' && /^next-auth(\/react)?$/.test(context.importSource('signIn') ?? '')) {
    const provider = context.stringOf(first);
    return provider === undefined ? undefined : { target: `auth:${provider}`, value: second };
  }
  if (ts.isPropertyAccessExpression(callee) && AXIOS_BODY_METHODS.test(callee.name.text) && ts.isIdentifier(callee.expression) && context.importSource(callee.expression.text) === 'axios') {
    const path = requestPathOf(first, context);
    return path === undefined ? undefined : { target: `http:${path}`, value: second };
  }
  return undefined;
}

/** `body: JSON.stringify(value)` of fetch's options, an object literal or a const of the file holding one. */
function jsonBodyOf(options: TS.Expression, context: ExtractContext): TS.Expression | undefined {
  let literal = unwrapped(options);
  if (ts.isIdentifier(literal)) {
    const declaration = context.declarationOf(literal);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    literal = unwrapped(declaration.initializer);
  }
  if (!ts.isObjectLiteralExpression(literal)) return undefined;
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || propertyNameOf(property.name) !== 'body') continue;
    const value = unwrapped(property.initializer);
    if (!ts.isCallExpression(value) || !ts.isPropertyAccessExpression(value.expression) || value.expression.name.text !== 'stringify') return undefined;
    const holder = value.expression.expression;
    return ts.isIdentifier(holder) && holder.text === 'JSON' ? value.arguments[0] : undefined;
  }
  return undefined;
}

/**
 * The path a client requests, when it is one of the service (starts with `/`): `'/api/orders'`,
 * `` `/api/links/${id}?archive=true` `` as `/api/links/{}` (a substituted segment is `{}`, the query left out).
 */
export function requestPathOf(url: TS.Expression, context: ExtractContext): string | undefined {
  const value = unwrapped(url);
  let text = context.stringOf(value);
  if (text === undefined && ts.isTemplateExpression(value)) {
    text = value.head.text;
    for (const span of value.templateSpans) {
      if (text.includes('?') || text.includes('#')) break;
      text += `{}${span.literal.text}`;
    }
  }
  if (text === undefined || !text.startsWith('/') || text.startsWith('//')) return undefined;
  const path = text.split(/[?#]/)[0]!.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * A Next.js API route of the pages router: `pages/api/auth/register.ts` serves `/api/auth/register`, `index` its folder,
 * `[id]` a segment (`{id}`), `[...params]` and `[[...params]]` the rest (`{...params}`). Undefined for another file.
 */
export function nextApiRoutePath(file: string): string | undefined {
  const match = /(?:^|\/)pages\/(api(?:\/[^.]+)?)\.[cm]?[jt]sx?$/.exec(file);
  if (!match) return undefined;
  const segments = match[1]!.split('/').map((segment) => segment.replace(/^\[\[?(\.\.\.)?([^\]]+)\]\]?$/, (_, rest: string | undefined, name: string) => `{${rest ?? ''}${name}}`));
  if (segments[segments.length - 1] === 'index') segments.pop();
  return `/${segments.join('/')}`;
}

/**
 * next-auth's `CredentialsProvider({ id?, authorize(credentials) { ... } })` (the default import of
 * `next-auth/providers/credentials`): the provider's id (`credentials` unless `id` says) and its `authorize`, whose
 * first parameter is what `signIn(id, body)` sends.
 */
export function credentialsAuthorizeOf(call: TS.CallExpression, context: ExtractContext): { readonly provider: string; readonly authorize: TS.SignatureDeclaration } | undefined {
  const callee = call.expression;
  const options = call.arguments[0] && unwrapped(call.arguments[0]);
  if (!ts.isIdentifier(callee) || !options || !ts.isObjectLiteralExpression(options)) return undefined;
  if (!/^next-auth\/providers\/credentials$/.test(context.importSource(callee.text) ?? '')) return undefined;
  let provider = 'credentials';
  let authorize: TS.SignatureDeclaration | undefined;
  for (const property of options.properties) {
    const name = property.name && propertyNameOf(property.name);
    if (name === 'id' && ts.isPropertyAssignment(property)) provider = context.stringOf(property.initializer) ?? provider;
    if (name !== 'authorize') continue;
    if (ts.isMethodDeclaration(property)) authorize = property;
    else if (ts.isPropertyAssignment(property)) {
      const value = unwrapped(property.initializer);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) authorize = value;
    }
  }
  return authorize && { provider, authorize };
}

/** Whether `owner` is the `authorize` of a next-auth `CredentialsProvider({...})`: its first parameter is the request body. */
export function isCredentialsAuthorize(owner: TS.SignatureDeclaration, context: ExtractContext): boolean {
  let holder: TS.Node = owner;
  if (ts.isArrowFunction(owner) || ts.isFunctionExpression(owner)) holder = owner.parent;
  const literal = holder.parent;
  if (!literal || !ts.isObjectLiteralExpression(literal) || !(ts.isMethodDeclaration(holder) || ts.isPropertyAssignment(holder))) return false;
  if (propertyNameOf(holder.name) !== 'authorize') return false;
  const call = literal.parent;
  return ts.isCallExpression(call) && credentialsAuthorizeOf(call, context)?.authorize === owner;
}
