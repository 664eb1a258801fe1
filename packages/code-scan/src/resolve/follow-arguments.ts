import { formatColumnRef, type Access, type ChainHop, type ColumnRef, type Location, type ServiceKind, type Usage } from '@ripple/model';
import { declaredType, type FileFacts, type TypeExpr } from '../facts/file-facts.js';
import { argumentKey, PACKAGE_CALLEE, placeOf, requestRouteMatches, siteKey, type FlowEdge } from '../facts/flow-facts.js';
import { nodeOf, parameterOf, push, routerPrefixes, search, type SearchLimits, type Visit } from './follow-flows.js';

/**
 * How far a parameter is followed to the write it reaches: a factory handing its parameter to another and that one to
 * the ORM is about four edges a helper (the parameter, a local or literal key, the next parameter); 16 is four helpers.
 */
export const MAX_ARGUMENT_HOPS = 16;
/** How many keys one parameter's search visits. */
export const MAX_ARGUMENT_VISITS = 256;

/**
 * A whole value an ORM call writes or matches (`Role.query().insertAndFetch(params)`, `models.User.create(data)`,
 * `prisma.attachment.create({ data: dto })`, knex `.insert(row)`): its keys are properties of `table`'s model.
 */
export interface RowSite {
  readonly location: Location;
  /** What the value is, for the hops: `a row of roles`. */
  readonly what: string;
  readonly access: Access;
  readonly adapter: string;
  /** The column a key of the value names (the model's property, the column on an open model, a placeholder's name), if any. */
  readonly columnOf: (property: string) => ColumnRef | undefined;
  /** Whether the ORM leaves the key out of the write (a Sequelize model's undeclared key): no column is written there. */
  readonly drops?: (property: string) => boolean;
}

export interface ArgumentInput {
  readonly service: string;
  readonly serviceKind: ServiceKind;
  readonly files: readonly FileFacts[];
  /** The service's resolved usages: a parameter that reaches a write or filter of a column binds that column. */
  readonly usages: readonly Usage[];
  readonly rows: readonly RowSite[];
  /** Places where a value becomes a column's without naming it: the values a raw SQL call passes for its placeholders. */
  readonly values: readonly Usage[];
  /** The properties a type declares (a class, an interface, a path into one), for values spread whole (`TypedValueFact`). */
  readonly fieldsOf?: (type: TypeExpr) => readonly string[] | undefined;
  /**
   * What a parameter of a function of another package of the workspace reaches (`n:param:pkg:<specifier>:<name>:<i>#path`,
   * `packageParameters` of `resolve/package-parameters.ts`), as that package's own fold found it.
   */
  readonly packageParameters?: (parameter: string) => readonly Binding[];
  /** Only what the parameters reach (`bindingsOf`), for the packages that call them: no usages. */
  readonly bindingsOnly?: true;
}

/** What a parameter (or one of its fields) reaches: a column's write or filter, or a whole row of a table. */
export type Binding =
  | { readonly kind: 'column'; readonly column: ColumnRef; readonly access: Access; readonly chain: readonly ChainHop[] }
  | { readonly kind: 'row'; readonly row: RowSite; readonly chain: readonly ChainHop[] };

/**
 * Columns used through a function's parameters: where a parameter (`createRole(params)`, `upload(bucket)`,
 * `insert({ tenantId })`) reaches a write or filter the scan resolved, or a whole row an ORM call writes, each call of
 * that function (`FlowFacts` argument edges: `a:<place>` to `n:param:F:i#key`) uses the column at the argument's key
 * (`createRole({ key: 'admin' })`) or at the argument itself (`upload(bucket)`), and a field the function sets on a
 * parameter that is such a row (`params.key = params.key || 'viewer'`) is a write. Usages with adapter `flow` and the
 * hops that tie them (`via`). Each parameter is searched once (memoised), breadth-first over a visited set, at most
 * `MAX_ARGUMENT_HOPS` hops and `MAX_ARGUMENT_VISITS` keys, through parameters, locals and object literals only
 * (not a type's every value, nor a function's callers): linear in the calls, no recursion. A tRPC client's mutation
 * (`n:mutation:...` edges) is searched from its procedure's `input` (`mutationBodies`).
 */
export function followArguments(input: ArgumentInput): ArgumentUsages {
  const edgesFrom = new Map<string, FlowEdge[]>();
  const calls: FlowEdge[] = [];
  // `params.key = ...` in the function itself: a field set on a parameter that is a row written is that column's write.
  const assignments: FlowEdge[] = [];
  for (const file of input.files) {
    for (const edge of file.flows?.edges ?? []) {
      if (edge.from.startsWith('a:')) calls.push(edge);
      else {
        push(edgesFrom, edge.from, edge);
        if (edge.to.startsWith('n:param:') && !edge.to.endsWith('#')) assignments.push(edge);
      }
    }
  }
  if (!input.bindingsOnly && calls.length === 0 && !input.files.some((file) => file.flows?.typedValues)) return { usages: [], dropped: [], bindingsOf: () => [] };
  const columnsAt = new Map<string, Usage[]>();
  for (const usage of [...input.usages, ...input.values]) {
    if (usage.confidence === 'name-match' || usage.access === 'read' || usage.access === 'definition' || usage.adapter === 'flow') continue;
    push(columnsAt, siteKey(usage.location), usage);
  }
  const rowsAt = new Map<string, RowSite[]>();
  for (const row of input.rows) push(rowsAt, siteKey(row.location), row);
  const limits: SearchLimits = { hops: MAX_ARGUMENT_HOPS, visits: MAX_ARGUMENT_VISITS, through: (key) => key.startsWith('n:param:') || key.startsWith('n:lit:') };

  const memo = new Map<string, readonly Binding[]>();
  const bindingsOf = (parameter: string): readonly Binding[] => {
    const known = memo.get(parameter);
    if (known) return known;
    if (parameter.startsWith(PACKAGE_PARAMETER)) {
      const imported = input.packageParameters?.(parameter) ?? [];
      memo.set(parameter, imported);
      return imported;
    }
    const found: Binding[] = [];
    const visits = search([parameter], edgesFrom, limits);
    visits.forEach((visit, index) => {
      for (const usage of columnsAt.get(visit.key) ?? []) found.push({ kind: 'column', column: usage.column, access: usage.access, chain: hopsTo(visits, index, `${usage.access} ${formatColumnRef(usage.column)}`) });
      for (const row of rowsAt.get(visit.key) ?? []) found.push({ kind: 'row', row, chain: hopsTo(visits, index, `${row.access} ${row.what}`) });
    });
    memo.set(parameter, found);
    return found;
  };

  if (input.bindingsOnly) return { usages: [], dropped: [], bindingsOf };
  const usages = new Map<string, Usage>();
  const dropped = new Map<string, Location>();
  const use = (call: FlowEdge, column: ColumnRef, access: Access, chain: readonly ChainHop[], step?: string): void => {
    const id = `${placeOf(call.location)}\u0000${formatColumnRef(column)}`;
    if (usages.has(id)) return;
    const { file, line, column: at } = call.location;
    const via = [{ file, line, ...(at === undefined ? {} : { column: at }), step: step ?? `${call.from.startsWith('a:') ? 'argument of' : 'assigned to'} ${describe(call.to)}` }, ...chain];
    usages.set(id, { kind: 'usage', column, service: input.service, serviceKind: input.serviceKind, location: call.location, access, adapter: 'flow', via });
  };
  // `createRole({ key })` into `(params) => Role.query().insertAndFetch(params)`: a key of the row the parameter is.
  const rowKeys = (edge: FlowEdge, access: (row: RowSite) => Access): void => {
    const at = nodeOf(edge.to)!;
    if (at.path === '') return;
    const segments = at.path.split('.');
    const key = segments.pop()!;
    for (const binding of bindingsOf(`n:${at.node}#${segments.join('.')}`)) {
      if (binding.kind !== 'row') continue;
      const column = binding.row.columnOf(key);
      if (column !== undefined) use(edge, column, access(binding.row), binding.chain);
      else if (binding.row.drops?.(key)) dropped.set(placeOf(edge.location), edge.location);
    }
  };
  const mutationInputs = mutationBodies(input.files);
  const requestInputs = requestBodies(input.files);
  const bodiesOf = (target: string): readonly string[] => mutationInputs.get(target) ?? requestInputs(target);
  for (const call of calls) {
    const to = nodeOf(call.to);
    if (to?.node.startsWith(MUTATION)) {
      // A tRPC client's mutation: its argument is the procedure's `input` (`body:` of its resolver); a request to a
      // route of the service, the route's request body.
      for (const body of bodiesOf(to.node.slice(MUTATION.length))) {
        const target = `n:${body}#${to.path}`;
        for (const binding of bindingsOf(target)) if (binding.kind === 'column') use(call, binding.column, binding.access, binding.chain);
        rowKeys({ ...call, to: target }, (row) => row.access);
      }
      continue;
    }
    if (!to?.node.startsWith('param:')) continue;
    for (const binding of bindingsOf(call.to)) if (binding.kind === 'column') use(call, binding.column, binding.access, binding.chain);
    rowKeys(call, (row) => row.access);
  }
  for (const assignment of assignments) rowKeys(assignment, () => 'write');
  // `{ ...accountData }` reaching `prisma.account.create({ data: { ...data } })`: each property the value's type
  // declares (less the keys a rest or `omit()` leaves out) that is a column of the row is written there.
  for (const file of input.files) {
    for (const typed of file.flows?.typedValues ?? []) {
      const fields = input.fieldsOf?.(typed.type);
      if (!fields || fields.length === 0) continue;
      const omitted = new Set(typed.omit ?? []);
      const at: FlowEdge = { from: argumentKey(typed.location), to: typed.node, location: typed.location };
      const sent = nodeOf(typed.node);
      if (sent?.node.startsWith(MUTATION)) {
        // `fetch('/api/auth/register', { body: JSON.stringify(request) })`: each property of `request`'s type is a key
        // of the route's body, a column where the route writes or filters that key, or a row's key.
        for (const body of bodiesOf(sent.node.slice(MUTATION.length))) {
          for (const field of fields) {
            if (omitted.has(field)) continue;
            for (const binding of bindingsOf(`n:${body}#${field}`)) if (binding.kind === 'column') use(at, binding.column, binding.access, binding.chain, `${typeLabel(typed.type)} .${field}, sent as a request body`);
            for (const binding of bindingsOf(`n:${body}#`)) {
              const column = binding.kind === 'row' ? binding.row.columnOf(field) : undefined;
              if (binding.kind === 'row' && column !== undefined) use(at, column, binding.row.access, binding.chain, `${typeLabel(typed.type)} .${field}, sent as a request body`);
            }
          }
        }
        continue;
      }
      for (const binding of bindingsOf(typed.node)) {
        if (binding.kind !== 'row' || binding.row.access !== 'write') continue;
        for (const field of fields) {
          const column = omitted.has(field) ? undefined : binding.row.columnOf(field);
          if (column !== undefined) use(at, column, 'write', binding.chain, `${typeLabel(typed.type)} .${field}, spread or handed whole`);
        }
      }
    }
  }
  return { usages: [...usages.values()], dropped: [...dropped.values()], bindingsOf };
}

/**
 * What `followArguments` found: the usages, and the places of keys that reach a write which drops them (no column's);
 * and what any parameter of the service's functions reaches (`n:param:F:i#path`, memoised), for the packages that call them.
 */
export interface ArgumentUsages {
  readonly usages: readonly Usage[];
  readonly dropped: readonly Location[];
  readonly bindingsOf: (parameter: string) => readonly Binding[];
}

/** A parameter of another package's function, as a caller's flow facts name it (`PACKAGE_CALLEE`). */
const PACKAGE_PARAMETER = `n:param:${PACKAGE_CALLEE}`;

const MUTATION = 'mutation:';

/**
 * The `body:` node (a resolver's `input`) of the tRPC procedure each client mutation sends to: by `proc:<path>` as a
 * client names it (the procedure's path within its router, joined with where the router is mounted), and by
 * `ret:<hook>` for a hook of the service that returns that procedure's `useMutation()`.
 */
function mutationBodies(files: readonly FileFacts[]): ReadonlyMap<string, readonly string[]> {
  const prefixes = routerPrefixes(files.flatMap((file) => file.flows?.mounts ?? []));
  const bodies = new Map<string, string[]>();
  for (const file of files) {
    for (const handler of file.flows?.handlers ?? []) {
      if (handler.framework !== 'trpc' || handler.router === undefined) continue;
      for (const prefix of prefixes.get(handler.router) ?? ['']) {
        for (const node of handler.request) if (node.startsWith('body:')) push(bodies, `proc:${prefix === '' ? handler.path : `${prefix}.${handler.path}`}`, node);
      }
    }
  }
  for (const file of files) for (const hook of file.flows?.mutationHooks ?? []) for (const node of bodies.get(`proc:${hook.path}`) ?? []) push(bodies, `ret:${hook.name}`, node);
  return bodies;
}

/**
 * The `body:` nodes of the routes a client's request reaches, by its target (`RequestBody`): `http:/api/links/{}` the
 * Next.js API routes (`FlowFacts.requestRoutes`) and the routers' routes (`router.post('/api/orders', ...)`) whose path
 * matches it, `auth:credentials` next-auth's `authorize`. Memoised per target.
 */
function requestBodies(files: readonly FileFacts[]): (target: string) => readonly string[] {
  const routes: { readonly target: string; readonly body: string }[] = [];
  for (const file of files) {
    routes.push(...(file.flows?.requestRoutes ?? []));
    for (const handler of file.flows?.handlers ?? []) {
      if (handler.framework === 'trpc') continue;
      for (const node of handler.request) if (node.startsWith('body:')) routes.push({ target: `http:${handler.path}`, body: node });
    }
  }
  const memo = new Map<string, readonly string[]>();
  return (target) => {
    let found = memo.get(target);
    if (found) return found;
    const path = target.startsWith(HTTP) ? target.slice(HTTP.length) : undefined;
    found = [...new Set(routes.filter((route) => (path === undefined ? route.target === target : route.target.startsWith(HTTP) && requestRouteMatches(path, route.target.slice(HTTP.length)))).map((route) => route.body))];
    memo.set(target, found);
    return found;
  };
}

const HTTP = 'http:';

/** The hops of a search from its root (a parameter) to `index`, the last named `step`. */
function hopsTo(visits: readonly Visit[], index: number, step: string): ChainHop[] {
  const hops: ChainHop[] = [];
  for (let at = index, steps = 0; at > 0 && steps <= MAX_ARGUMENT_HOPS; at = visits[at]!.parent, steps++) {
    const { file, line, column } = visits[at]!.location;
    hops.push({ file, line, ...(column === undefined ? {} : { column }), step: at === index ? step : describe(visits[at]!.key) });
  }
  return hops.reverse();
}

/** `parameter 0 of createRole .key`, `object literal .tenantId`. */
function describe(key: string): string {
  const at = nodeOf(key);
  if (!at) return 'passed';
  const field = at.path === '' ? '' : ` .${at.path}`;
  const parameter = parameterOf(at.node);
  if (parameter) return `parameter ${parameter.index} of ${parameter.fn}()${field}`;
  if (at.node.startsWith(`${MUTATION}proc:`)) return `input of tRPC mutation ${at.node.slice(`${MUTATION}proc:`.length)}${field}`;
  if (at.node.startsWith(`${MUTATION}${HTTP}`)) return `body of a request to ${at.node.slice(`${MUTATION}${HTTP}`.length)}${field}`;
  if (at.node.startsWith(`${MUTATION}auth:`)) return `credentials of next-auth's signIn('${at.node.slice(`${MUTATION}auth:`.length)}')${field}`;
  if (at.node.startsWith(`${MUTATION}ret:`)) return `input of the tRPC mutation ${at.node.slice(`${MUTATION}ret:`.length)}() hands out${field}`;
  return at.node.startsWith('lit:') ? `object literal${field}` : `${at.node}${field}`;
}

/** `CreateAccountDto`, `ImportDataDto.accounts[]`: a type as a hop names it. */
function typeLabel(type: TypeExpr): string {
  if (type.kind === 'name') return type.name;
  if (type.kind === 'member') return `${typeLabel(type.of)}.${type.property}`;
  if (type.kind === 'element') return `${typeLabel(type.of)}[]`;
  return 'a value';
}

/** A class or shape the fold knows, by name: its declared properties and the types of those a fact types. */
export interface DeclaredType {
  readonly fields: readonly string[];
  readonly properties: Readonly<Record<string, TypeExpr>>;
  readonly base?: string;
}

/**
 * The properties a type declares, over the service's classes and shapes (and those it imports): a name, `Array<T>`
 * as `T`, a property of a class (`ImportDataDto['accounts']`, however the extract read it), an element of an array; with the fields of its base
 * class. Undefined when no declaration says.
 */
export function declaredFields(types: ReadonlyMap<string, DeclaredType>): (type: TypeExpr) => readonly string[] | undefined {
  const nameOf = (type: TypeExpr | undefined, depth: number): string | undefined => {
    if (!type || depth > 6) return undefined;
    if (type.kind === 'name') return type.name === 'Array' ? nameOf(type.args?.[0], depth + 1) : type.name;
    if (type.kind === 'element') return nameOf(type.of, depth + 1);
    // `ImportDataDto['accounts']`, which the extract reads as a path into a type of router outputs.
    if (type.kind === 'procedure' && type.outputs !== undefined && !type.path.includes('.')) return nameOf({ kind: 'member', of: { kind: 'name', name: type.outputs }, property: type.path }, depth + 1);
    if (type.kind === 'member') {
      const owner = nameOf(type.of, depth + 1);
      const declared = owner === undefined ? undefined : types.get(owner);
      return nameOf(declared === undefined ? undefined : declaredType(declared, type.property), depth + 1);
    }
    return undefined;
  };
  return (type) => {
    const fields = new Set<string>();
    for (let name = nameOf(type, 0), depth = 0; name !== undefined && depth < 4; depth++) {
      const declared = types.get(name);
      if (!declared) break;
      for (const field of declared.fields) fields.add(field);
      name = declared.base;
    }
    return fields.size === 0 ? undefined : [...fields];
  };
}
