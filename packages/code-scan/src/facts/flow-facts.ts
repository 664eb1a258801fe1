import type { ApiRoute, Location } from '@ripple/model';
import type { TypeExpr } from './file-facts.js';

/**
 * How values move in one file, read without types (`extract/flow-facts-of.ts`), for the service-wide fold that
 * follows a column's value into API bodies (`resolve/follow-flows.ts`).
 *
 * A flow end is a key: `n:<node>#<path>` for a field of a value (`n:type:MemberDto#email`, `n:fn:toMemberDto#`,
 * the whole value when the path is empty), or `s:<file>:<line>:<column>` for a place code reads or writes, matched
 * to the usages the scan resolves there. Nodes: `type:T` (every value of the named type), `fn:F` (what the function
 * or method `F`/`Class.method` returns; `fn:@file:line:column` for an anonymous one), `lit:file:line:column` (an
 * object literal), `body:F` (the request body handler `F` reads; a tRPC resolver's `input`), `type:X@file:line:column`
 * (the value one `X.parse(v)` call validates with the zod schema `X`: its own node, so that two routes parsing with
 * one schema do not share values), `mutation:proc:P` / `mutation:ret:H` (the input a client's tRPC mutation sends: of the
 * procedure at client path `P`, or of the one hook `H` hands out).
 */
export interface FlowFacts {
  readonly edges: readonly FlowEdge[];
  readonly handlers: readonly HandlerFact[];
  /** tRPC routers mounted in others by name (`appRouter = router({ user: userRouter })`); absent when none. */
  readonly mounts?: readonly RouterMount[];
  /** Operations a spec written in code declares (zod-to-openapi's `registry.registerPath`); absent when none. */
  readonly contracts?: readonly ContractOperation[];
  /** The file's hooks that hand out a tRPC mutation (`useUpdatePoll` returns `trpc.polls.update.useMutation()`); absent when none. */
  readonly mutationHooks?: readonly MutationHookFact[];
  /**
   * The fields a function's parameter declares (`({ screenShieldPercentage }) => ...`, `(props: Props)` with `Props`
   * an interface of the file): where a value followed into `n:param:F:i#field` (an argument's key, a JSX attribute)
   * is declared. Absent when none.
   */
  readonly parameterFields?: readonly ParameterFieldFact[];
  /** Values of a declared type spread into an object or handed whole as one's key (`{ ...accountData }`); absent when none. */
  readonly typedValues?: readonly TypedValueFact[];
  /**
   * Routes of the file that read a request body a client sends by target rather than by a router's path: a Next.js API
   * route (`pages/api/auth/register.ts`, `http:/api/auth/register`), next-auth's credentials (`auth:credentials`).
   * Absent when none.
   */
  readonly requestRoutes?: readonly RequestRouteFact[];
}

/** The function whose request body (`body`: `body:Index`) a client's request to `target` is; `target` as `RequestBody` names it. */
export interface RequestRouteFact {
  readonly target: string;
  readonly body: string;
}

/**
 * `key` (`n:param:ImageViewer:0#screenShieldPercentage`) is declared at `location`; a parameter taken whole
 * (`n:param:LocalStorage.getPreviewUrl:0#` of `getPreviewUrl(bucket: string)`) has its `name`.
 */
export interface ParameterFieldFact {
  readonly key: string;
  readonly name?: string;
  readonly location: Location;
}

/**
 * `{ ...accountData }` of `const { tags, ...accountData } = dto` (`dto: CreateAccountDto`), `omit(dto, ['tags'])`, or
 * `data: changes`: a value whose keys are the declared properties of `type` less `omit`, at `node` (the literal's key it
 * fills, or the place it is written). Where that reaches a whole row an ORM call writes, each such property is a column.
 */
export interface TypedValueFact {
  readonly type: TypeExpr;
  readonly omit?: readonly string[];
  readonly node: string;
  readonly location: Location;
}

/** `name` (a function of the file) returns a mutation of the tRPC procedure at `path` as the client names it (`polls.update`). */
export interface MutationHookFact {
  readonly name: string;
  readonly path: string;
}

/**
 * An operation described in code, not served there: zod-to-openapi's `registry.registerPath({ method, path,
 * operationId, request, responses })`, `@hono/zod-openapi`'s `createRoute({...})`. The fold gives its schemas and
 * operation id to the routes that serve it (same method, path template up to parameter names or a mount prefix).
 */
export interface ContractOperation {
  /** Upper case: `GET`. */
  readonly method: string;
  /** As OpenAPI writes it: `/users/{id}`. */
  readonly path: string;
  readonly operationId?: string;
  /** The schema consts of its request body (`request.body.content[*].schema`) and of its responses' bodies. */
  readonly request: readonly string[];
  readonly response: readonly string[];
  readonly location: Location;
}

/** `router` mounts the router named `child` at `path` (`user`; empty for `mergeRouters(a, b)`). */
export interface RouterMount {
  /** The mounting router's const name; empty for `export default router({...})`. */
  readonly router: string;
  readonly path: string;
  readonly child: string;
}

/** The value at `from` flows to `to`, at `location`; a whole value (`n:X#`) carries its fields along. */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly location: Location;
  /**
   * The call (`siteKey` of the call expression) whose argument this edge hands to the parameter `to` is
   * (`toCurrency(row.total)` into `n:param:toCurrency:0#`).
   */
  readonly enters?: string;
  /**
   * The call whose result `from` is (`n:fn:toCurrency#`), where that call's caller uses it. A search that entered the
   * function through another call does not come back out here: a value returns only to the call that gave it.
   */
  readonly returns?: string;
}

/** A route a file declares, with the flow nodes that are its bodies. */
export interface HandlerFact extends ApiRoute {
  /** Nodes whose value is the response body: `fn:MembersController.findOne`, `type:MemberDto`. */
  readonly response: readonly string[];
  /** Nodes whose value is the request body: `type:CreateMemberDto`, `body:createMember`. */
  readonly request: readonly string[];
  /**
   * A tRPC procedure: the const name of the router that declares it (empty when the router is no const). `path` is
   * then the procedure's path within that router (`getUser`), which the fold prefixes with where the router is mounted.
   */
  readonly router?: string;
  /**
   * The schema consts that declare the request body: a tRPC procedure's `.input(schema)`, a Fastify route's `schema.body`,
   * a zod-to-openapi operation's request body, a zod schema the body is parsed with. A request field is named after
   * the one that declares it; they only name fields, values do not flow through them.
   */
  readonly inputs?: readonly string[];
  /** The same for the response body (a Fastify route's `schema.response`, a zod-to-openapi operation's responses). */
  readonly outputs?: readonly string[];
}

/**
 * The start of the callee id of a function of a package (`pkg:<specifier>:<name>`, `pkg:@nangohq/shared:gettingStartedService.createProgress`):
 * a name imported from a bare specifier, called or holding the method called. Its parameters are `n:param:pkg:...:<i>#path`.
 */
export const PACKAGE_CALLEE = 'pkg:';

/** A call's argument, by where it is written: the place a parameter's column is used at when the call is followed. */
export function argumentKey(location: Location): string {
  return `a:${placeOf(location)}`;
}

/** A place code reads or writes, matched to the usages the scan resolves there: `s:<file>:<line>:<column>`. */
export function siteKey(location: Location): string {
  return `s:${placeOf(location)}`;
}

/** `src/a.ts:3:7`: a location as flow keys name it (column 0 when absent). */
export function placeOf(location: Location): string {
  return `${location.file}:${location.line}:${location.column ?? 0}`;
}

/** Whether a client's path (`/api/links/{}`) is a route's (`/api/links/{id}`, `/api/archives/{...params}`). */
export function requestRouteMatches(client: string, route: string): boolean {
  const wanted = client.split('/').slice(1);
  const served = route.split('/').slice(1);
  for (let index = 0; index < served.length; index++) {
    const segment = served[index]!;
    if (segment.startsWith('{...')) return wanted.length > index;
    const asked = wanted[index];
    if (asked === undefined) return false;
    if (segment.startsWith('{') ? asked === '' : asked !== segment && asked !== '{}') return false;
  }
  return wanted.length === served.length;
}
