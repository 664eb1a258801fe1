import type { ApiRoute, Location } from '@ripple/model';

/**
 * How values move in one file, read without types (`extract/flow-facts-of.ts`), for the service-wide fold that
 * follows a column's value into API bodies (`resolve/follow-flows.ts`).
 *
 * A flow end is a key: `n:<node>#<path>` for a field of a value (`n:type:MemberDto#email`, `n:fn:toMemberDto#`,
 * the whole value when the path is empty), or `s:<file>:<line>:<column>` for a place code reads or writes, matched
 * to the usages the scan resolves there. Nodes: `type:T` (every value of the named type), `fn:F` (what the function
 * or method `F`/`Class.method` returns; `fn:@file:line:column` for an anonymous one), `lit:file:line:column` (an
 * object literal), `body:F` (the request body handler `F` reads; a tRPC resolver's `input`).
 */
export interface FlowFacts {
  readonly edges: readonly FlowEdge[];
  readonly handlers: readonly HandlerFact[];
  /** tRPC routers mounted in others by name (`appRouter = router({ user: userRouter })`); absent when none. */
  readonly mounts?: readonly RouterMount[];
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
  /** A tRPC procedure's `.input(schema)` consts (zod objects): a request field is named after the one that declares it. */
  readonly inputs?: readonly string[];
}
