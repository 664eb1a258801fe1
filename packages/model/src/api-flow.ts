import type { ColumnRef } from './column-ref.js';
import type { Location } from './location.js';
import type { Access } from './usage.js';

/** Which body of an operation a field is in. */
export type ApiDirection = 'request' | 'response';

/** One step of a data-flow chain: where the value is, and what holds it there (`MemberDto.email`, `toMemberDto()`). */
export interface ChainHop {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  /** What holds the value after this step: `read Account.contactEmail`, `MemberDto.email`, `returned by toMemberDto`. */
  readonly step: string;
}

/** A route code declares: a NestJS controller method, an Express/Fastify/Koa/Hono route call, a tRPC procedure. */
export interface ApiRoute {
  /** `nestjs`, `express`, `fastify`, `koa`, `hono`, `trpc`. */
  readonly framework: string;
  /** Upper case: `GET`; for a tRPC procedure its type, `QUERY`, `MUTATION` or `SUBSCRIPTION`. */
  readonly method: string;
  /** A path template as OpenAPI writes it: `/members/{id}`; for a tRPC procedure its dotted path from the root router: `member.byId`. */
  readonly path: string;
  readonly operationId?: string;
  /** The handler: `MembersController.findOne`, `createAccount`, or `GET /accounts/{id}` for an inline function. */
  readonly symbol: string;
  readonly location: Location;
}

/** An operation a service's code serves, found in code whether or not a spec describes it. */
export interface ApiEndpoint extends ApiRoute {
  readonly kind: 'api-endpoint';
  readonly service: string;
  /** Body fields (dotted paths) whose values the flow analysis knows, whatever feeds them. */
  readonly fields: { readonly request: readonly string[]; readonly response: readonly string[] };
}

/** A column's value followed by data flow into a field of an operation's request or response body. */
export interface ApiFlow {
  readonly kind: 'api-flow';
  readonly column: ColumnRef;
  readonly service: string;
  readonly endpoint: ApiRoute;
  readonly direction: ApiDirection;
  /** The field's dotted path from the body root: `email`, `owner.email`. */
  readonly path: string;
  /** The type and property that holds it, where a type does: `MemberDto.email`. */
  readonly field?: string;
  /** From the column's usage to the operation, one hop per assignment, return, literal or call. */
  readonly chain: readonly ChainHop[];
}

/**
 * Whether a route serves an operation (`GET /members/{id}`): same method, same path template (parameter names do
 * not matter), or the template under a mount prefix (`/api/v1/members/{id}` for a router's `/members/{id}`).
 */
export function routeServes(route: Pick<ApiRoute, 'method' | 'path'>, operation: string): boolean {
  const [method = '', path = ''] = operation.split(' ');
  if (method.toUpperCase() !== route.method) return false;
  const spec = templateKey(path);
  const code = templateKey(route.path);
  return spec === code || (code !== '' && spec.endsWith(code) && spec[spec.length - code.length - 1] === '/');
}

/** `/members/{memberId}/` -> `/members/{}`: parameter names do not matter. */
function templateKey(path: string): string {
  return path.replaceAll(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');
}

/**
 * A place an in-repo API client names a field of a schema: the generated type's own declaration of it (`access:
 * 'definition'`, in the file an OpenAPI generator wrote) or code that reads or writes it through a value of that type
 * (`member.email` with `member: MemberDto` imported from the generated client, a React component rendering it).
 */
export interface ClientSite {
  readonly kind: 'client-site';
  readonly service: string;
  /** The schema the client type stands for, as the generator named it: `MemberDto` (openapi-typescript: `components['schemas']['MemberDto']`). */
  readonly schema: string;
  /** The field's dotted path in the schema: `email`, `owner.email`. */
  readonly property: string;
  readonly access: Access;
  readonly location: Location;
  /** The enclosing symbol: the component or function that renders or sends the field; `MemberDto.email` for a definition. */
  readonly symbol?: string;
}
