import { formatColumnRef, routeServes, type ApiDirection, type ApiEndpoint, type ApiFlow, type ApiRoute, type ChainHop, type ColumnRef, type Location, type ServiceKind, type Usage } from '@ripple/model';
import type { FileFacts } from '../facts/file-facts.js';
import { siteKey, type ContractOperation, type FlowEdge, type HandlerFact, type RouterMount } from '../facts/flow-facts.js';

/** How many hops a chain may have: a value passed on through more is not followed. */
export const MAX_FLOW_HOPS = 24;
/** How many keys one search visits: a column feeding more is followed that far (a visited set, no recursion). */
export const MAX_FLOW_VISITS = 4096;
/** How deep a field path grows while followed (as in extraction). */
const MAX_PATH = 8;

export interface FlowInput {
  readonly service: string;
  readonly serviceKind: ServiceKind;
  readonly files: readonly FileFacts[];
  /** The service's resolved usages: a flow starts at a column's usage (or its entity's field) and ends at one. */
  readonly usages: readonly Usage[];
}

export interface FlowResult {
  readonly endpoints: readonly ApiEndpoint[];
  readonly flows: readonly ApiFlow[];
  /**
   * The fields of contract types (DTO classes, interfaces, zod objects: shapes that map no table) a column's value
   * was followed through on its way into or out of a route: `definition` usages with adapter `flow`.
   */
  readonly usages: readonly Usage[];
}

interface Handler extends HandlerFact {
  readonly endpoint: ApiRoute;
}

/** Where a search stands: the key, how it got there (the edge's location) and from which entry. */
export interface Visit {
  readonly key: string;
  readonly parent: number;
  readonly location: Location;
  readonly hops: number;
  /**
   * The function the value last went into through an argument, and that call (`<function>\u0000<call>`): its result
   * goes back to that call only. Cleared once it has.
   */
  readonly entered?: string;
}

/**
 * Follows each column's values through the service's flow graph (`FileFacts.flows`) into the routes it declares:
 * forward from every usage of the column (and its entity field) to the response bodies of handlers, and forward from
 * every handler's request body to the column's writes and filters. Each search is breadth-first over a visited set,
 * at most `MAX_FLOW_HOPS` hops and `MAX_FLOW_VISITS` keys: linear in the graph, nothing exponential, no recursion.
 * The chain of each flow is the shortest the search found.
 */
export function followFlows(input: FlowInput): FlowResult {
  const edgesFrom = new Map<string, FlowEdge[]>();
  const fromKeysOfNode = new Map<string, string[]>();
  const wholeInto = new Map<string, string[]>();
  const fieldsInto = new Map<string, Set<string>>();
  const handlers: Handler[] = [];
  const prefixes = routerPrefixes(input.files.flatMap((file) => file.flows?.mounts ?? []));
  for (const file of input.files) {
    for (const edge of file.flows?.edges ?? []) {
      const list = edgesFrom.get(edge.from);
      if (list) list.push(edge);
      else {
        edgesFrom.set(edge.from, [edge]);
        const node = nodeOf(edge.from);
        if (node) push(fromKeysOfNode, node.node, edge.from);
      }
      const to = nodeOf(edge.to);
      const from = nodeOf(edge.from);
      if (to && to.path === '' && from && from.path === '') push(wholeInto, to.node, from.node);
      else if (to && to.path !== '') (fieldsInto.get(to.node) ?? fieldsInto.set(to.node, new Set()).get(to.node)!).add(to.path);
    }
    for (const fact of file.flows?.handlers ?? []) {
      // A tRPC procedure is served at each path its router is mounted at (`user.getUser`).
      const paths = fact.router === undefined ? [fact.path] : (prefixes.get(fact.router) ?? ['']).map((prefix) => (prefix === '' ? fact.path : `${prefix}.${fact.path}`));
      for (const path of paths) {
        const handler = { ...fact, path };
        const { framework, method, operationId, symbol, location } = handler;
        handlers.push({ ...handler, endpoint: { framework, method, path, ...(operationId === undefined ? {} : { operationId }), symbol, location } });
      }
    }
  }
  if (handlers.length === 0) return { endpoints: [], flows: [], usages: [] };
  const described = input.files.flatMap((file) => file.flows?.contracts ?? []);
  handlers.forEach((handler, index) => (handlers[index] = withContract(handler, described, edgesFrom)));
  const shapeFields = new Map<string, Usage['location']>();
  for (const file of input.files) for (const shape of file.shapes) for (const field of shape.fields) shapeFields.set(`n:type:${shape.name}#${field.property}`, field.location);
  const byResponse = new Map<string, Handler[]>();
  for (const handler of handlers) for (const node of handler.response) push(byResponse, node, handler);

  // Where each column's values start (its usages and its entity field's key), and the keys that write or filter it.
  const starts = new Map<string, { column: ColumnRef; keys: Map<string, ChainHop> }>();
  const sinks = new Map<string, { column: ColumnRef; hop: ChainHop }[]>();
  for (const usage of input.usages) {
    // A flow starts and ends at what ties code to the column: a name match ties nothing.
    if (usage.confidence === 'name-match') continue;
    const id = formatColumnRef(usage.column);
    const hop = { file: usage.location.file, line: usage.location.line, ...(usage.location.column === undefined ? {} : { column: usage.location.column }) };
    const key = usage.access === 'definition' ? (usage.symbol?.includes('.') ? `n:type:${usage.symbol.replace('.', '#')}` : undefined) : siteKey(usage.location);
    if (key === undefined) continue;
    const entry = starts.get(id) ?? starts.set(id, { column: usage.column, keys: new Map() }).get(id)!;
    const step = usage.access === 'definition' ? `column ${id} (${usage.symbol})` : `${usage.access} ${id}${usage.symbol ? ` in ${usage.symbol}` : ''}`;
    if (!entry.keys.has(key)) entry.keys.set(key, { ...hop, step });
    if (usage.access !== 'read') push(sinks, key, { column: usage.column, hop: { ...hop, step: usage.access === 'definition' ? `column ${id} (${usage.symbol})` : `${usage.access} ${id}` } });
  }

  // A contract type's field a flow passed through (not a model's own field; a type that mirrors one by name is a contract).
  const contracts = new Map<string, Usage>();
  const startKeys = new Set(input.usages.filter((usage) => usage.access === 'definition' && usage.confidence !== 'name-match').map((usage) => `n:type:${usage.symbol?.replace('.', '#')}`));
  const contract = (column: ColumnRef, visited: string): void => {
    const at = nodeOf(visited);
    if (!at?.node.startsWith('type:')) return;
    const key = `n:type:${typeName(at.node)}#${at.path}`;
    const location = shapeFields.get(key);
    if (!location || startKeys.has(key)) return;
    const symbol = key.slice('n:type:'.length).replace('#', '.');
    const id = `${formatColumnRef(column)}\u0000${symbol}`;
    if (!contracts.has(id)) contracts.set(id, { kind: 'usage', column, service: input.service, serviceKind: input.serviceKind, location, access: 'definition', adapter: 'flow', symbol });
  };
  const flows = new Map<string, ApiFlow>();
  const keep = (flow: ApiFlow): void => {
    const id = [formatColumnRef(flow.column), flow.endpoint.method, flow.endpoint.path, flow.endpoint.symbol, flow.direction, flow.path].join('\u0000');
    const kept = flows.get(id);
    if (!kept || flow.chain.length < kept.chain.length) flows.set(id, flow);
  };

  // Responses: from each column's usages forward to a handler's response node.
  for (const { column, keys } of starts.values()) {
    const visits = search([...keys.keys()], edgesFrom);
    visits.forEach((visit, index) => {
      const at = nodeOf(visit.key);
      if (!at) return;
      const handlers = byResponse.get(at.node) ?? [];
      if (handlers.length > 0) for (let step = index; step >= 0; step = visits[step]!.parent) contract(column, visits[step]!.key);
      for (const handler of handlers) {
        const chain = chainOf(visits, index, keys);
        const declared = declaredField(handler, at.path, edgesFrom, shapeFields);
        if (declared !== undefined) contract(column, `n:type:${declared.replace('.', '#')}`);
        const field = fieldOf(visits, index) ?? declared;
        keep({
          kind: 'api-flow',
          column,
          service: input.service,
          endpoint: handler.endpoint,
          direction: 'response',
          path: at.path,
          ...(field === undefined ? {} : { field }),
          chain: [...chain, handlerHop(handler, 'response', at.path)],
        });
      }
    });
  }

  // Requests: from each field a handler's body is read at, forward to a usage that writes or filters a column.
  for (const handler of handlers) {
    for (const node of handler.request) {
      for (const from of fromKeysOfNode.get(node) ?? []) {
        const path = nodeOf(from)!.path;
        const visits = search([from], edgesFrom);
        visits.forEach((visit, index) => {
          for (const sink of sinks.get(visit.key) ?? []) {
            if (index === 0) continue;
            for (let step = index; step >= 0; step = visits[step]!.parent) contract(sink.column, visits[step]!.key);
            const hops = chainOf(visits, index, new Map([[from, handlerHop(handler, 'request', path)]]));
            // The last hop is the usage itself: named as the column it writes.
            hops[hops.length - 1] = { ...hops[hops.length - 1]!, step: sink.hop.step };
            // A `@Body() dto: T` field is `T.email`; a tRPC input's, the `.input(schema)` const that declares it.
            const schema = handler.inputs?.find((name) => shapeFields.has(`n:type:${name}#${path}`));
            if (schema !== undefined) contract(sink.column, `n:type:${schema}#${path}`);
            const field = node.startsWith('type:') && path !== '' ? `${typeName(node)}.${path}` : schema === undefined ? undefined : `${schema}.${path}`;
            keep({
              kind: 'api-flow',
              column: sink.column,
              service: input.service,
              endpoint: handler.endpoint,
              direction: 'request',
              path,
              ...(field === undefined ? {} : { field }),
              chain: hops.reverse(),
            });
          }
        });
      }
    }
  }

  const endpoints = handlers.map((handler): ApiEndpoint => {
    return {
      kind: 'api-endpoint',
      service: input.service,
      ...handler.endpoint,
      fields: { request: requestFields(handler, fromKeysOfNode), response: responseFields(handler, wholeInto, fieldsInto) },
    };
  });
  return { endpoints, flows: [...flows.values()], usages: [...contracts.values()] };
}

/**
 * A route with the contract code declares for it: the schemas and operation id of each spec operation written in
 * code that it serves (zod-to-openapi's `registerPath`, a `paths` object; same method and path template), and the
 * zod schemas its request body is parsed with (`CreateUser.parse(req.body)`: an edge from the whole body into that
 * call's value). They name the fields (`inputs`, `outputs`), as a Fastify route's `schema` does.
 */
function withContract(handler: Handler, contracts: readonly ContractOperation[], edgesFrom: ReadonlyMap<string, readonly FlowEdge[]>): Handler {
  if (handler.framework === 'trpc') return handler;
  const inputs = new Set(handler.inputs);
  const outputs = new Set(handler.outputs);
  let operationId = handler.operationId;
  for (const contract of contracts) {
    if (!routeServes(handler, `${contract.method} ${contract.path}`)) continue;
    for (const name of contract.request) inputs.add(name);
    for (const name of contract.response) outputs.add(name);
    operationId ??= contract.operationId;
  }
  for (const node of handler.request) {
    for (const edge of node.startsWith('body:') ? (edgesFrom.get(`n:${node}#`) ?? []) : []) {
      const to = nodeOf(edge.to);
      if (to?.node.startsWith('type:') && to.path === '') inputs.add(typeName(to.node));
    }
  }
  if (inputs.size === (handler.inputs?.length ?? 0) && outputs.size === (handler.outputs?.length ?? 0) && operationId === handler.operationId) return handler;
  const { framework, method, path, symbol, location } = handler;
  return {
    ...handler,
    ...(inputs.size > 0 ? { inputs: [...inputs] } : {}),
    ...(outputs.size > 0 ? { outputs: [...outputs] } : {}),
    ...(operationId === undefined ? {} : { operationId }),
    endpoint: { framework, method, path, ...(operationId === undefined ? {} : { operationId }), symbol, location },
  };
}

/** `type:User@src/a.ts:9:12` (one `User.parse(...)` call's value) -> `User`; `type:MemberDto` -> `MemberDto`. */
function typeName(node: string): string {
  const at = node.indexOf('@');
  return node.slice('type:'.length, at < 0 ? undefined : at);
}

/** How many paths one tRPC router may be mounted at: past it, the first found are kept. */
const MAX_MOUNT_PATHS = 16;

/**
 * The dotted paths each tRPC router is served at: a router no other one mounts is a root (`appRouter`, path ''); a
 * mounted one is at each of its parents' paths joined with its key (`user`, `admin.user`). Breadth-first from the
 * roots over (router, path) pairs, each router at most `MAX_MOUNT_PATHS` paths: a cycle of mounts ends there.
 * Routers are matched by const name across the service (an import renaming one is not followed).
 */
export function routerPrefixes(mounts: readonly RouterMount[]): ReadonlyMap<string, readonly string[]> {
  const children = new Map<string, RouterMount[]>();
  const mounted = new Set<string>();
  for (const mount of mounts) {
    push(children, mount.router, mount);
    mounted.add(mount.child);
  }
  const prefixes = new Map<string, string[]>();
  const work: { router: string; path: string }[] = [];
  for (const router of children.keys()) {
    if (mounted.has(router)) continue;
    prefixes.set(router, ['']);
    work.push({ router, path: '' });
  }
  for (let index = 0; index < work.length && index < MAX_FLOW_VISITS; index++) {
    const { router, path } = work[index]!;
    for (const mount of children.get(router) ?? []) {
      const joined = [path, mount.path].filter((part) => part !== '').join('.');
      const known = prefixes.get(mount.child) ?? prefixes.set(mount.child, []).get(mount.child)!;
      if (known.includes(joined) || known.length >= MAX_MOUNT_PATHS) continue;
      known.push(joined);
      work.push({ router: mount.child, path: joined });
    }
  }
  return prefixes;
}

/** How far one search goes, and which keys it passes through (every key unless `through` says no). */
export interface SearchLimits {
  readonly hops: number;
  readonly visits: number;
  readonly through?: (key: string) => boolean;
}

/** Breadth-first from `roots`: a whole value's edges carry its fields (`n:X#` to `n:Y#` takes `X#email` to `Y#email`). */
export function search(
  roots: readonly string[],
  edgesFrom: ReadonlyMap<string, readonly FlowEdge[]>,
  limits: SearchLimits = { hops: MAX_FLOW_HOPS, visits: MAX_FLOW_VISITS },
): Visit[] {
  const visits: Visit[] = roots.map((key) => ({ key, parent: -1, location: { file: '', line: 0 }, hops: 0 }));
  // Each key once with no function entered (which stands for every call), and once per call it was reached inside.
  const seen = new Set(roots.map((key) => `${key}\u0000`));
  for (let index = 0; index < visits.length && visits.length < limits.visits; index++) {
    const visit = visits[index]!;
    if (visit.hops >= limits.hops || (index > 0 && limits.through?.(visit.key) === false)) continue;
    const at = nodeOf(visit.key);
    const segments = at && at.path !== '' ? at.path.split('.') : [];
    // A field's own edges first, then those of each value it is part of (`X#a.b`, `X#a`, `X#`).
    for (let cut = segments.length; cut >= 0; cut--) {
      const from = at ? `n:${at.node}#${segments.slice(0, cut).join('.')}` : visit.key;
      for (const edge of edgesFrom.get(from) ?? []) {
        const entered = enteredAfter(visit.entered, at?.node, edge);
        if (entered === null) continue;
        const rest = segments.slice(cut);
        const target = rest.length === 0 ? edge.to : appendPath(edge.to, rest);
        if (target === undefined || seen.has(`${target}\u0000`)) continue;
        const seenKey = `${target}\u0000${entered ?? ''}`;
        if (seen.has(seenKey)) continue;
        seen.add(seenKey);
        visits.push({ key: target, parent: index, location: edge.location, hops: visit.hops + 1, ...(entered === undefined ? {} : { entered }) });
      }
      if (!at) break;
    }
  }
  return visits;
}

/**
 * The function entered after following `edge` from node `from` (`Visit.entered`), or null when the edge may not be
 * followed: it returns the result of the function the value went into to another call than the one it went in by
 * (a helper called from many places gives each call back its own argument, not every argument it is ever given).
 */
function enteredAfter(entered: string | undefined, from: string | undefined, edge: FlowEdge): string | undefined | null {
  let now = entered;
  if (edge.returns !== undefined && now !== undefined && from?.startsWith('fn:')) {
    const separator = now.indexOf('\u0000');
    if (now.slice(0, separator) === from.slice('fn:'.length)) {
      if (now.slice(separator + 1) !== edge.returns) return null;
      now = undefined;
    }
  }
  const parameter = edge.enters === undefined ? undefined : parameterOf(nodeOf(edge.to)?.node ?? '');
  if (parameter) now = `${parameter.fn}\u0000${edge.enters}`;
  return now;
}

/** The hops from a root to `index`: the root's own hop (a usage), then one per edge. */
export function chainOf(visits: readonly Visit[], index: number, rootHops: ReadonlyMap<string, ChainHop>): ChainHop[] {
  const hops: ChainHop[] = [];
  let at = index;
  for (let steps = 0; at >= 0 && steps <= MAX_FLOW_HOPS; steps++) {
    const visit = visits[at]!;
    if (visit.parent < 0) {
      const root = rootHops.get(visit.key);
      if (root) hops.push(root);
      break;
    }
    hops.push({ file: visit.location.file, line: visit.location.line, ...(visit.location.column === undefined ? {} : { column: visit.location.column }), step: describe(visit.key) });
    at = visit.parent;
  }
  return hops.reverse();
}

/** The last named type the value passed through (the column's own entity aside), with its property: `MemberDto.email`. */
function fieldOf(visits: readonly Visit[], index: number): string | undefined {
  for (let at = index, steps = 0; at >= 0 && visits[at]!.parent >= 0 && steps <= MAX_FLOW_HOPS; at = visits[at]!.parent, steps++) {
    const node = nodeOf(visits[at]!.key);
    if (node?.node.startsWith('type:') && node.path !== '') return `${typeName(node.node)}.${node.path}`;
  }
  return undefined;
}

/**
 * The schema or type a handler declares it returns, with the field: `memberSchema.email` (a route schema or spec
 * operation in code that has the field), `MemberDto.email` (`Promise<MemberDto>`, `@ApiOkResponse({ type })`).
 */
function declaredField(handler: Handler, path: string, edgesFrom: ReadonlyMap<string, readonly FlowEdge[]>, shapeFields: ReadonlyMap<string, unknown>): string | undefined {
  if (path === '') return undefined;
  const schema = handler.outputs?.find((name) => shapeFields.has(`n:type:${name}#${path}`));
  if (schema !== undefined) return `${schema}.${path}`;
  for (const node of handler.response) {
    if (node.startsWith('type:')) return `${node.slice(5)}.${path}`;
    for (const edge of edgesFrom.get(`n:${node}#`) ?? []) if (edge.to.startsWith('n:type:') && edge.to.endsWith('#')) return `${edge.to.slice(7, -1)}.${path}`;
  }
  return undefined;
}

function handlerHop(handler: Handler, direction: ApiDirection, path: string): ChainHop {
  const { file, line, column } = handler.location;
  const operation = `${handler.method} ${handler.path}`;
  return { file, line, ...(column === undefined ? {} : { column }), step: `${operation} ${direction}${path === '' ? '' : ` .${path}`}${handler.symbol === operation ? '' : ` (${handler.symbol})`}` };
}

/** What holds the value at a key, for a reader: `MemberDto.email`, `returned by toMemberDto() .email`. */
function describe(key: string): string {
  const at = nodeOf(key);
  if (!at) return 'assigned';
  const field = at.path === '' ? '' : ` .${at.path}`;
  const [kind, ...rest] = at.node.split(':');
  const name = rest.join(':');
  if (kind === 'type') return at.path === '' ? typeName(at.node) : `${typeName(at.node)}.${at.path}`;
  if (kind === 'fn') return `returned by ${name.startsWith('@') ? 'an inline function' : `${name}()`}${field}`;
  if (kind === 'lit') return `object literal${field}`;
  if (kind === 'body') return `request body${field}`;
  const parameter = parameterOf(at.node);
  if (parameter) return `parameter ${parameter.index} of ${parameter.fn}()${field}`;
  return key;
}

/** The fields code reads off a handler's request body. */
function requestFields(handler: Handler, fromKeysOfNode: ReadonlyMap<string, readonly string[]>): string[] {
  const fields = new Set<string>();
  for (const node of handler.request) for (const key of fromKeysOfNode.get(node) ?? []) if (nodeOf(key)!.path !== '') fields.add(nodeOf(key)!.path);
  return [...fields].sort();
}

/** The fields written into a handler's response or any whole value that becomes it (bounded walk back). */
function responseFields(handler: Handler, wholeInto: ReadonlyMap<string, readonly string[]>, fieldsInto: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const nodes = new Set(handler.response);
  const work = [...handler.response];
  for (let node = work.pop(); node !== undefined && nodes.size < MAX_FLOW_VISITS; node = work.pop()) {
    for (const from of wholeInto.get(node) ?? []) {
      if (nodes.has(from)) continue;
      nodes.add(from);
      work.push(from);
    }
  }
  const fields = new Set<string>();
  for (const node of nodes) for (const path of fieldsInto.get(node) ?? []) fields.add(path);
  return [...fields].sort();
}

/** `n:type:MemberDto#email` -> `{ node: 'type:MemberDto', path: 'email' }`; undefined for a site. */
export function nodeOf(key: string): { readonly node: string; readonly path: string } | undefined {
  if (!key.startsWith('n:')) return undefined;
  const hash = key.lastIndexOf('#');
  return { node: key.slice(2, hash), path: key.slice(hash + 1) };
}

/** `param:createRole:0` -> `{ fn: 'createRole', index: '0' }`: the function and position of a parameter node. */
export function parameterOf(node: string): { readonly fn: string; readonly index: string } | undefined {
  if (!node.startsWith('param:')) return undefined;
  const colon = node.lastIndexOf(':');
  return { fn: node.slice('param:'.length, colon), index: node.slice(colon + 1) };
}

function appendPath(key: string, rest: readonly string[]): string | undefined {
  const at = nodeOf(key);
  if (!at) return undefined; // a site holds a scalar: it has no fields
  const path = at.path === '' ? rest : [...at.path.split('.'), ...rest];
  return path.length > MAX_PATH ? undefined : `n:${at.node}#${path.join('.')}`;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
