import { formatTableRef, type Access, type ClientSite, type ColumnRef, type Diagnostic, type Location, type ServiceKind, type TableRef, type Usage } from '@ripple/model';
import type { OrmAdapter, Settings } from '../adapters/orm-adapter.js';
import { COMPONENT_SCHEMA_PREFIX, MAX_TYPE_DEPTH, NEXT_AUTH_SESSION, plainTypeName, QUERY_RESULTS, returnKey, ROUTER_OUTPUTS, declaredType, type CarriedType, type ClassFact, type ColumnSite, type FileFacts, type ModelFact, type PropertySite, type ShapeFact, type SqlSite, type TypeExpr } from '../facts/file-facts.js';
import type { SchemaIndex } from './schema-index.js';
import { createMirrorIndex, mirrorColumn, type MirrorTarget } from './mirror-types.js';
import { nameMatchUsages } from './name-fallback.js';
import { tablesNamedBy } from './tables-named-by.js';
import type { RowSite } from './follow-arguments.js';
import { push as pushTo, routerPrefixes } from './follow-flows.js';
import type { ImportedFacts } from './workspace-imports.js';
import { isModuleFile } from './module-file.js';
import { isTestFile } from '../services/is-test-file.js';

/** hey-api's JSON Schema file: each schema of the spec as a const, `InvitationCodeSchema` (`$InvitationCode` before 0.53). */
const HEY_API_SCHEMAS_FILE = /(^|\/)schemas\.gen\.[mc]?[jt]s$/;

/** The spec's schema a client shape stands for: its own name, or a hey-api schema const's without the affix. */
function clientSchemaOf(shape: string, file: Pick<FileFacts, 'file' | 'apiClient'>): string {
  if (file.apiClient !== 'hey-api' || !HEY_API_SCHEMAS_FILE.test(file.file)) return shape;
  return /^\$(\w+)$/.exec(shape)?.[1] ?? /^(\w+)Schema$/.exec(shape)?.[1] ?? shape;
}

/** A table a workspace package names, as a type of the service imported from there mirrors it. */
interface ImportedMirror extends MirrorTarget {
  readonly model: MappedModel;
}

export interface ServiceFacts {
  readonly service: string;
  readonly serviceKind: ServiceKind;
  readonly files: readonly FileFacts[];
  /**
   * Schema files outside the service that its client calls name (a `schema.prisma` in another workspace package):
   * their models map the calls; their definitions are the service's only when `define` (no service holds the file).
   */
  readonly shared?: readonly { readonly facts: FileFacts; readonly define: boolean; readonly mirrorOnly?: boolean }[];
  /**
   * What the service imports from the other packages of its workspace (`importedFacts`): looked up after its own
   * declarations, never defined nor guessed from by name.
   */
  readonly imported?: ImportedFacts;
}

interface MappedModel {
  readonly fact: ModelFact;
  readonly table: TableRef;
  /** property -> column, for every column field including inherited ones. */
  readonly columns: ReadonlyMap<string, string>;
  readonly relations: ReadonlyMap<string, TypeExpr>;
  /** Properties the model declares that no column holds (`virtual` fields): never an open model's column. */
  readonly virtuals: ReadonlySet<string>;
}

type Resolved =
  /** `mirror`: the type only names the model (`TSurvey` for `Survey`), the name of that type. */
  | { readonly kind: 'model'; readonly model: MappedModel; readonly mirror?: string }
  | { readonly kind: 'class'; readonly fact: ClassFact }
  | { readonly kind: 'array'; readonly of: Resolved }
  | { readonly kind: 'row'; readonly adapter: string; readonly tables: readonly string[] }
  | { readonly kind: 'repository'; readonly of: Resolved }
  /** A `Result<T>` (`Left | Right`): its `value`, once a success, is the `T` (`of`). */
  | { readonly kind: 'result'; readonly of: Resolved };

/** The adapter of a column a contract type built from its model carries (`carriedColumns`): the reporter reads it. */
export const CONTRACT_TYPE_ADAPTER = 'contract-type';
/** openapi-typescript's wrappers (`components.schemas.X` is the schema): no schema of their own. */
const OPENAPI_TYPESCRIPT_ROOTS = new Set(['paths', 'components', 'operations', 'webhooks', '$defs']);
/** Types whose first type argument is the model they query (Medusa's `IMedusaInternalService<typeof Notification>`). */
const REPOSITORIES = new Set(['Repository', 'TreeRepository', 'MongoRepository', 'EntityRepository', 'ModelStatic', 'ModelCtor', 'IMedusaInternalService']);
const ARRAYS = new Set(['Array', 'ReadonlyArray', 'Set']);
/**
 * Result types whose `value` holds their first type argument once the call succeeded: nango's `Result<T, E>` of
 * `@nangohq/utils` (`Left<T, E> | Right<T, E>`, made by `Ok(value)` and `Err(error)`) and neverthrow's `Result<T, E>`
 * and `Ok<T, E>`, read as `result.value` after `isErr()` or `isOk()`.
 */
const RESULTS = new Set(['Result', 'Ok']);
const RESULT_VALUE = 'value';
/** How many bases up a DTO's mirror is looked for (`mirrorOfBase`). */
const MAX_BASE_HOPS = 4;

/**
 * The service-wide fold: every file's facts in, usages out. Models are mapped to tables with their adapter's
 * naming rules and the service's settings, then each site is resolved: property paths through models and
 * relations, SQL references through aliases, scopes and the schema. Fields of the types an OpenAPI generator wrote
 * (`apiClient` files), and reads and writes through values of those types, are the service's `clientSites`. Pure;
 * deterministic.
 */
export function resolveUsages(
  facts: ServiceFacts,
  schema: SchemaIndex,
  adapters: readonly OrmAdapter[],
): {
  readonly usages: readonly Usage[];
  readonly diagnostics: readonly Diagnostic[];
  readonly clientSites: readonly ClientSite[];
  readonly rows: readonly RowSite[];
  readonly values: readonly Usage[];
  readonly missingMembers: readonly Location[];
} {
  const adapterByName = new Map(adapters.map((adapter) => [adapter.name, adapter]));
  const settings: Settings = new Map(facts.files.flatMap((file) => file.settings.map((setting) => [setting.name, setting.value] as const)));
  const classes = new Map<string, ClassFact>();
  const modelFacts = new Map<string, ModelFact>();
  // A name two `unique` facts give different types stands for neither.
  const contested = new Set<string>();
  for (const file of facts.files) {
    for (const fact of file.classes) {
      const seen = classes.get(fact.name);
      if (!seen) classes.set(fact.name, fact);
      else if (fact.unique && JSON.stringify(seen.procedure) !== JSON.stringify(fact.procedure)) contested.add(fact.name);
    }
    for (const fact of file.models) {
      const seen = modelFacts.get(fact.key);
      if (!seen || (seen.options?.['abstract'] && !fact.options?.['abstract'])) modelFacts.set(fact.key, fact);
    }
  }
  for (const name of contested) classes.delete(name);
  for (const fact of facts.imported?.classes ?? []) if (!classes.has(fact.name)) classes.set(fact.name, fact);
  classes.set(NEXT_AUTH_SESSION, { kind: 'class', name: NEXT_AUTH_SESSION, properties: { user: { kind: 'name', name: 'User' } } });
  // What each top-level function returns (and takes: `name(index)`), by name across the service's files (two of one
  // name: each declaration).
  const returns = new Map<string, { readonly type: TypeExpr; readonly file: string }[]>();
  // Top-level consts of class instances (`export const licensingClient = new LicensingClient()`), by name: their
  // calls run the class's methods.
  const instances = new Map<string, { readonly type: TypeExpr; readonly file: string }[]>();
  for (const file of facts.files) {
    for (const fact of file.returns ?? []) {
      if (fact.instance) pushTo(instances, fact.name, { type: fact.type, file: file.file });
      else if (fact.router === undefined) pushTo(returns, returnKey(fact.name, fact.parameter), { type: fact.type, file: file.file });
    }
  }
  // The workspace packages' functions the service imports, where it declares none of that name (no file: no module
  // of the service is theirs).
  const ownReturns = new Set(returns.keys());
  for (const fact of facts.imported?.returns ?? []) {
    if (fact.instance) continue;
    const key = returnKey(fact.name, fact.parameter);
    if (!ownReturns.has(key)) pushTo(returns, key, { type: fact.type, file: '' });
  }
  // What the workspace packages' functions return (and take), by `specifier:name` as the service imports them.
  const packageReturns = new Map<string, TypeExpr[]>();
  for (const fact of facts.imported?.packageReturns ?? []) if (!fact.instance) pushTo(packageReturns, returnKey(fact.name, fact.parameter), fact.type);
  // What each tRPC procedure returns, by its full path (`polls.get`: its router's mounts joined as the flows join them).
  const procedures = new Map<string, TypeExpr[]>();
  const prefixes = routerPrefixes(facts.files.flatMap((file) => file.flows?.mounts ?? []));
  for (const file of facts.files) {
    for (const fact of file.returns ?? []) {
      if (fact.router === undefined) continue;
      // A procedure declared as a const of its own has the empty name: its path is where routers mount it.
      for (const prefix of prefixes.get(fact.router) ?? ['']) {
        const path = [prefix, fact.name].filter((part) => part !== '').join('.');
        if (path !== '') pushTo(procedures, path, fact.type);
      }
    }
  }
  const undefinedKeys = new Set<string>();
  const mirrorFacts: ModelFact[] = [];
  for (const { facts: file, define, mirrorOnly } of facts.shared ?? []) {
    if (mirrorOnly) {
      mirrorFacts.push(...file.models);
      continue;
    }
    for (const fact of file.models) {
      if (modelFacts.has(fact.key)) continue;
      modelFacts.set(fact.key, fact);
      if (!define) undefinedKeys.add(fact.key);
    }
  }
  // Another package's models, imported by name: they resolve the service's types, define nothing, name nothing.
  const importedKeys = new Set<string>();
  const importedTwins: ModelFact[] = [];
  for (const fact of facts.imported?.models ?? []) {
    if (importedKeys.has(fact.key)) importedTwins.push(fact);
    // One of no table of the schema (a class-validator DTO of a contracts package) ties nothing, and would hide the
    // model its name mirrors (`CreateAccountDto` of `Account`) from the lookup that comes after the models.
    if (modelFacts.has(fact.key) || schema.columnsOf(mapModel(fact).table) === undefined) continue;
    modelFacts.set(fact.key, fact);
    importedKeys.add(fact.key);
    undefinedKeys.add(fact.key);
  }
  const models = new Map<string, MappedModel>();
  for (const fact of modelFacts.values()) models.set(fact.key, mapModel(fact));
  const mirrored = [...[...models.values()].filter((model) => !importedKeys.has(model.fact.key)), ...mirrorFacts.filter((fact) => !models.has(fact.key)).map(mapModel)].filter(
    (model) => !model.fact.options?.['abstract'] && schema.columnsOf(model.table) !== undefined,
  );
  const mirrorOf = createMirrorIndex(
    [...mirrored, ...queriedTables(new Set(mirrored.map((model) => formatTableRef(model.table))))].map((model) => ({
      model,
      names: [model.fact.name, model.table.table],
      columns: model.columns,
    })),
  );
  const mirrorsImported = importedMirrors();
  // Another package's models the service imports by the name their ORM gives their type (`import { Result } from
  // 'db'`, a package re-exporting Prisma's client): that type is the model, exactly; a name two of them share is neither's.
  const importedByName = new Map<string, MappedModel | null>();
  for (const key of importedKeys) {
    const model = models.get(key)!;
    importedByName.set(model.fact.name, importedByName.has(model.fact.name) ? null : model);
  }

  // Types a query builder call says are a table's rows (`knex<DBTeam>('_nango_accounts')`): that table's, whatever
  // their name; a type told two tables is neither's.
  const rowTypes = new Map<string, { readonly adapter: string; readonly table: string } | null>();
  for (const file of [...facts.files, { rowTypes: facts.imported?.rowTypes }]) {
    for (const fact of file.rowTypes ?? []) {
      const seen = rowTypes.get(fact.name);
      rowTypes.set(fact.name, seen === undefined || (seen !== null && seen.table === fact.table) ? { adapter: fact.adapter, table: fact.table } : null);
    }
  }

  // The types of the service's generated API clients, each with its fields.
  const clientTypes = new Map<string, ReadonlySet<string>>();
  for (const file of facts.files) {
    if (file.apiClient === undefined) continue;
    for (const shape of file.shapes) if (!OPENAPI_TYPESCRIPT_ROOTS.has(shape.name)) clientTypes.set(shape.name, new Set([...(clientTypes.get(shape.name) ?? []), ...shape.fields.map((field) => field.property)]));
  }
  const clientSites: ClientSite[] = [];
  const rows: RowSite[] = [];
  // Places of keys an ORM write leaves out (`dropsKey`): no column's, so no name's either.
  const dropped = new Set<string>();
  const missingMembers: Location[] = [];
  const values: Usage[] = [];

  const usages: Usage[] = [];
  const diagnostics = [...facts.files.flatMap((file) => file.diagnostics), ...unresolvedEntities()];
  const push = (column: ColumnRef, site: Omit<Usage, 'kind' | 'column' | 'service' | 'serviceKind'>): void => {
    usages.push({ kind: 'usage', column, service: facts.service, serviceKind: facts.serviceKind, ...site });
  };

  // A model declared in two files of the service (a generated schema beside the hand-written one, a second Prisma
  // schema of the same database) defines its columns in both; sites resolve through the first.
  const defining = [
    ...facts.files.flatMap((file) => file.models),
    ...(facts.shared ?? []).flatMap(({ facts: file, define }) => (define ? file.models.filter((fact) => models.get(fact.key)?.fact === fact) : [])),
  ];
  const twins = new Map<string, MappedModel[]>();
  for (const fact of defining) {
    const known = models.get(fact.key);
    const model = known?.fact === fact ? known : mapModel(fact);
    if (model !== known) twins.set(fact.key, [...(twins.get(fact.key) ?? []), model]);
    if (model.fact.options?.['abstract'] || undefinedKeys.has(model.fact.key)) continue;
    for (const field of fieldsOf(model.fact)) {
      const column = model.columns.get(field.property);
      if (column === undefined) continue;
      push({ ...model.table, column }, { location: field.location, access: 'definition', adapter: model.fact.adapter, symbol: field.symbol });
    }
  }
  // Two declarations of one table in an imported package (a generated copy beside the schema): both map its columns.
  for (const fact of importedTwins) twins.set(fact.key, [...(twins.get(fact.key) ?? []), mapModel(fact)]);
  // The service's shapes by name, for the fields a DTO class inherits (`inheritedFields`).
  const shapesByName = new Map<string, ShapeFact[]>();
  for (const file of facts.files) for (const shape of file.shapes) shapesByName.set(shape.name, [...(shapesByName.get(shape.name) ?? []), shape]);
  for (const file of facts.files) {
    for (const shape of file.shapes) {
      if (file.apiClient === undefined) resolveShape(shape);
      else if (clientTypes.has(shape.name)) clientFields({ ...shape, name: clientSchemaOf(shape.name, file) });
    }
  }
  for (const file of facts.files) for (const fact of file.classes) for (const carried of fact.carries ?? []) carriedColumns(fact, carried);
  // The keys associations add to each model's attributes (`Expense.belongsTo(Collective)` adds `CollectiveId`):
  // declared, so written, though no attribute of the model names them.
  const associationKeys = new Map<string, Set<string>>();
  for (const file of facts.files) {
    for (const site of file.sites) {
      if (site.kind !== 'property-site' || !site.declares || site.path.length !== 1) continue;
      const owner = resolveType(site.owner);
      if (owner?.kind === 'model') associationKeys.set(owner.model.fact.key, new Set([...(associationKeys.get(owner.model.fact.key) ?? []), site.path[0]!]));
    }
  }
  for (const file of facts.files) {
    for (const site of file.sites) {
      if (site.kind === 'column-site') resolveColumnSite(site);
      else if (site.kind === 'property-site') resolvePropertySite(site);
      else resolveSqlSite(site);
    }
  }
  // Last, where no mapping, type or flow explains a place: the names of schema-unique columns (untyped JavaScript).
  // Keys a write drops (`dropped`) are explained too: no column is written there, whatever the name says.
  const explained = new Set([...usages.map((usage) => placeKey(usage.location)), ...dropped]);
  const named = [...models.values()].filter((model) => !importedKeys.has(model.fact.key)).map((model) => ({
    table: model.table,
    adapter: model.fact.adapter,
    modelNames: [model.fact.name, model.fact.key.slice(model.fact.key.indexOf(':') + 1)],
    properties: model.columns,
  }));
  // A service none of whose own code touches a table (jitsu's event-function runtime `rotor`, its tests full of
  // `functionId` and `destinationId` of its own config objects) builds no rows in its tests: names there are no column's.
  const touchesTables =
    named.length > 0 || importedKeys.size > 0 || rows.length > 0 || values.length > 0 || clientSites.length > 0 || usages.some((usage) => !isTestFile(usage.location.file));
  nameMatchUsages(facts.files, schema, named, explained, push, { testsBuildRows: touchesTables });
  return { usages, diagnostics, clientSites, rows, values, missingMembers };

  /**
   * `code/unresolved-entity`: a model name an adapter follows that its file neither declares nor imports (the
   * extract step drops the others) and no file of the service declares as a class or model: TypeScript's TS2304.
   */
  function unresolvedEntities(): Diagnostic[] {
    const declared = new Set([...classes.keys(), ...[...modelFacts.values()].flatMap((fact) => [fact.name, fact.key.slice(fact.key.indexOf(':') + 1)])]);
    // Two adapters may follow the same name at the same place (`getRepository(X)` is TypeORM's and MikroORM's): one warning.
    const seen = new Set<string>();
    return facts.files.flatMap((file) =>
      file.entityRefs.flatMap((ref): Diagnostic[] => {
        const at = `${ref.location.line}:${ref.location.column ?? 0}`;
        if (declared.has(ref.name) || seen.has(`${file.file}:${at}`)) return [];
        seen.add(`${file.file}:${at}`);
        return [
          {
            kind: 'diagnostic',
            code: 'code/unresolved-entity',
            message: `${ref.location.file}:${ref.location.line}: the model ${ref.name} is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found`,
            location: ref.location,
          },
        ];
      }),
    );
  }

  /**
   * Tables no model maps that the service's SQL or query builders name (`insert into "dataIssues" ...`): the types
   * named after them mirror them too (`IDataIssue`), each column under its own name or its camelCase. In a service
   * that maps and queries no table at all, every table of the schema.
   */
  function queriedTables(modelled: ReadonlySet<string>): MappedModel[] {
    // Each table named, with the adapter of the first site that names it (its mirrors' usages are that adapter's).
    const named = tablesNamedBy(facts.files);
    // A package that maps and queries nothing (a shared types package: crowd.dev's `services/libs/types`, whose
    // tables the data-access package queries) mirrors every table of the schema, by name only. Its typed object
    // literals (`const d: IDataIssue = {...}`) are sites on its own types, no queries. Not a UI (JSX files): it reads
    // an API's payloads (automatisch's `packages/web` `IStep`), not rows.
    const queriesNothing =
      named.size === 0 && modelled.size === 0 && facts.files.every((file) => file.models.length === 0 && !/\.[jt]sx$/.test(file.file));
    return schema.tables.flatMap((table): MappedModel[] => {
      const adapter = named.get(table.table) ?? (queriesNothing ? 'name' : undefined);
      const model = adapter === undefined || modelled.has(formatTableRef(table)) ? undefined : tableModel(table, adapter);
      return model ? [model] : [];
    });
  }

  /** A table no model maps, as a model of its columns under their own names. */
  function tableModel(table: TableRef, adapter: string): MappedModel | undefined {
    const columns = schema.columnsOf(table);
    if (!columns) return undefined;
    const fact: ModelFact = { kind: 'model', adapter, key: `table:${formatTableRef(table)}`, name: table.table, table: table.table, schema: table.schema, location: { file: '', line: 0 }, fields: [] };
    return { fact, table, columns: new Map(columns.map((column) => [column, column])), relations: new Map(), virtuals: new Set() };
  }

  /**
   * Types a workspace package declares and the service imports (what its functions take and give), named after a
   * table that package's SQL or builders name: they mirror it there (`IDbInsertDataIssuePayload` of the data-access
   * package's `dataIssues`), so here too, by name only, unless the service declares a type of that name itself.
   */
  function importedMirrors(): ReadonlyMap<string, ImportedMirror> {
    const found = new Map<string, ImportedMirror>();
    if (!facts.imported?.mirrors.length) return found;
    const own = new Set(facts.files.flatMap((file) => [...file.shapes.map((shape) => shape.name), ...file.classes.map((fact) => fact.name)]));
    const tableByName = new Map(schema.tables.map((table) => [table.table, table]));
    for (const { types, tables } of facts.imported.mirrors) {
      const targets = tables.flatMap(({ table, adapter }): ImportedMirror[] => {
        const ref = tableByName.get(table);
        const model = ref && !models.has(`table:${formatTableRef(ref)}`) ? tableModel(ref, adapter) : undefined;
        return model ? [{ model, names: [table], columns: model.columns }] : [];
      });
      const mirrorIn = createMirrorIndex(targets);
      for (const name of types) {
        const target = own.has(name) || found.has(name) ? undefined : mirrorIn(name);
        if (target) found.set(name, target);
      }
    }
    return found;
  }

  function fieldsOf(fact: ModelFact, depth = 0): ModelFact['fields'] {
    const base = fact.base === undefined || depth > 5 ? undefined : modelFacts.get(fact.base);
    if (!base) return fact.fields;
    const own = new Set(fact.fields.map((field) => field.property));
    return [...fieldsOf(base, depth + 1).filter((field) => !own.has(field.property)), ...fact.fields];
  }

  /**
   * A class no ORM maps: not an entity, and each of its fields stands on a decorator the service never defines over
   * the ORM's (a DTO's `@ValidateIf()`, `@ArrayUnique()` from class-validator, read as possible project decorators).
   */
  function isUnconfirmedCandidate(fact: ModelFact): boolean {
    return fact.options?.['abstract'] === true && fieldsOf(fact).every((field) => field.requires !== undefined && !settings.has(field.requires));
  }

  function mapModel(fact: ModelFact): MappedModel {
    const adapter = adapterByName.get(fact.adapter);
    const tableName = fact.table ?? adapter?.tableName?.(fact, settings) ?? fact.name;
    const table = schema.resolveTable(tableName, fact.schema);
    const columns = new Map<string, string>();
    const relations = new Map<string, TypeExpr>();
    const virtuals = new Set<string>();
    for (const field of fieldsOf(fact)) {
      if (field.requires !== undefined && !settings.has(field.requires)) continue;
      if (field.virtual) {
        virtuals.add(field.property);
        continue;
      }
      if (field.relation) relations.set(field.property, field.relation.target);
      if (field.relation && !field.relation.join) continue;
      const column = field.implicit && field.column === undefined && fact.options?.['open'] ? openColumn(table, fact, field.property) : (field.column ?? adapter?.columnName?.(field, fact, settings) ?? field.property);
      if (column === undefined || (field.implicit && !schema.columnsOf(table)?.includes(column))) continue;
      columns.set(field.property, column);
    }
    return { fact, table, columns, relations, virtuals };
  }

  /**
   * The column an open model's undeclared `property` is, for a site of `access`: none for a virtual field, nor for a
   * key the ORM leaves out of a write (`dropsKey`).
   */
  function undeclaredColumn(model: MappedModel, property: string, access: Access): string | undefined {
    if (!model.fact.options?.['open'] || model.virtuals.has(property) || dropsKey(model, property, access)) return undefined;
    return openColumn(model.table, model.fact, property);
  }

  /**
   * Whether a write leaves `property` out: the model writes only declared keys (`declaredWrites`), and neither a
   * field nor an association declares this one.
   */
  function dropsKey(model: MappedModel, property: string, access: Access): boolean {
    if (access !== 'write' || !model.fact.options?.['declaredWrites'] || model.columns.has(property) || model.relations.has(property)) return false;
    return !associationKeys.get(model.fact.key)?.has(property);
  }

  /**
   * A property of an open model (Objection: any key of a row is a column, declared or not): the column the schema
   * has under the ORM's name for it (`displayName` under Objection's snake_case mappers) or under the name as
   * written (`'user_id'`).
   */
  function openColumn(table: TableRef, fact: ModelFact, property: string): string | undefined {
    const columns = schema.columnsOf(table);
    if (!columns) return undefined;
    const named = adapterByName.get(fact.adapter)?.columnName?.({ property, location: fact.location, symbol: property }, fact, settings);
    return [named, property].find((candidate) => candidate !== undefined && columns.includes(candidate));
  }

  function resolveType(type: TypeExpr, depth = 0): Resolved | undefined {
    if (depth > MAX_TYPE_DEPTH) return undefined;
    const next = depth + 1;
    switch (type.kind) {
      case 'model': {
        const model = models.get(type.key);
        return model ? { kind: 'model', model } : undefined;
      }
      case 'value':
      case 'name': {
        const args = type.kind === 'name' ? type.args : undefined;
        if (args?.[0] && REPOSITORIES.has(type.name)) {
          const of = resolveType(args[0], next);
          return of ? { kind: 'repository', of } : undefined;
        }
        if (args?.[0] && ARRAYS.has(type.name)) {
          const of = resolveType(args[0], next);
          return of ? { kind: 'array', of } : undefined;
        }
        if (args?.[0] && RESULTS.has(type.name)) {
          const of = resolveType(args[0], next);
          return of ? { kind: 'result', of } : undefined;
        }
        const order = type.kind === 'value' ? ['value:', 'class:'] : ['class:', 'value:'];
        for (const prefix of order) {
          const model = models.get(prefix + type.name);
          if (model) return { kind: 'model', model };
        }
        const imported = importedByName.get(type.name);
        if (imported) return { kind: 'model', model: imported };
        // `type Poll = RouterOutputs['polls']['get']`: the procedure's result, before any name match.
        const procedure = type.kind === 'name' ? classes.get(type.name)?.procedure : undefined;
        if (procedure) return resolveType(procedure, next);
        // Row types and mirrors are known by the name as written (`Props`, not a file's own `Props@file`).
        const rowType = type.kind === 'name' ? rowTypes.get(plainTypeName(type.name)) : undefined;
        if (rowType) return { kind: 'row', adapter: rowType.adapter, tables: [rowType.table] };
        const mirror = type.kind === 'name' ? (mirrorOf(plainTypeName(type.name)) ?? mirrorsImported.get(plainTypeName(type.name))) : undefined;
        if (mirror) return { kind: 'model', model: mirror.model, mirror: type.name };
        const fact = classes.get(type.name);
        // An alias is what it names.
        const alias = aliasedName(fact);
        const aliased = alias === undefined ? undefined : resolveType({ kind: 'name', name: alias }, next);
        return aliased ?? (fact ? { kind: 'class', fact } : undefined);
      }
      case 'member': {
        // `trpc.polls.get.useQuery().data`: the procedure's result.
        if (type.of.kind === 'procedure' && type.of.hook === 'query') return type.property === 'data' ? resolveType({ kind: 'procedure', path: type.of.path }, next) : undefined;
        // `data.group` of a procedure that returns `{ group }`: that field's type (`procedureResults`).
        const result = procedureResultPath(type.of);
        const field = result === undefined ? undefined : procedures.get(`${result}.${type.property}`);
        if (field) return resolveAll(field, next);
        // `useSWR<Poll>(...).data`, `UseQueryResult<Poll>`: the type argument.
        if (type.of.kind === 'name' && QUERY_RESULTS.has(type.of.name) && type.of.args?.[0]) return type.property === 'data' ? resolveType(type.of.args[0], next) : undefined;
        const of = resolveType(type.of, next);
        if (of?.kind === 'result') return type.property === RESULT_VALUE ? of.of : undefined;
        if (of?.kind === 'model') {
          const relation = of.model.relations.get(type.property);
          // A mirror's relation is one by name too: `customer.orders[0].createdAt` of `GetCustomerApiResponse`.
          if (relation) return of.mirror === undefined ? resolveType(relation, next) : byNameOnly(resolveType(relation, next));
          const fact = classes.get(of.mirror ?? of.model.fact.name);
          return fact ? memberOfClass(fact, type.property, next) : undefined;
        }
        return of?.kind === 'class' ? memberOfClass(of.fact, type.property, next) : undefined;
      }
      case 'element': {
        // `const [poll] = trpc.polls.get.useSuspenseQuery()`.
        if (type.of.kind === 'procedure' && type.of.hook === 'tuple') return resolveType({ kind: 'procedure', path: type.of.path }, next);
        const of = resolveType(type.of, next);
        return of?.kind === 'array' ? of.of : of?.kind === 'model' ? of : undefined;
      }
      case 'table-row':
        return { kind: 'row', adapter: type.adapter, tables: type.tables };
      case 'either':
        for (const candidate of type.of) {
          const found = resolveType(candidate, next);
          if (found) return found;
        }
        return undefined;
      case 'entity-of': {
        const of = resolveType(type.of, next);
        return of?.kind === 'repository' ? of.of : of?.kind === 'model' ? of : undefined;
      }
      case 'returned': {
        const fn = returnKey(type.fn, type.parameter);
        if (type.from !== undefined) return resolveAll(packageReturns.get(`${type.from}:${fn}`) ?? [], next);
        return resolveReturned(fn, type.module, next, type.byDefault === true) ?? resolveInstanceMethod(type.fn, type.parameter, type.module, next);
      }
      case 'procedure': {
        // A hook is resolved through its `data` or first element only (above); the outputs type must be tRPC's.
        const path = procedureResultPath(type);
        if (path !== undefined) return resolveAll(procedures.get(path) ?? [], next);
        // `GetConnection['Success']['errorLog']` of a type that is no tRPC outputs type: its members, as
        // `connection.Success.errorLog` would be.
        if (type.hook !== undefined || type.outputs === undefined) return undefined;
        let member: TypeExpr = { kind: 'name', name: type.outputs };
        for (const property of type.path.split('.')) member = { kind: 'member', of: member, property };
        return resolveType(member, next);
      }
    }
  }

  /**
   * The path of the procedure whose result `type` is: `RouterOutputs['groups']['get']` (tRPC's outputs), the `data` of
   * `trpc.groups.get.useQuery()`, the first element of `useSuspenseQuery()`; undefined for any other type.
   */
  function procedureResultPath(type: TypeExpr): string | undefined {
    if (type.kind === 'procedure') return type.hook === undefined && (type.outputs === undefined || type.outputs === ROUTER_OUTPUTS || classes.get(type.outputs)?.base === ROUTER_OUTPUTS) ? type.path : undefined;
    if (type.kind === 'member' && type.of.kind === 'procedure' && type.of.hook === 'query' && type.property === 'data') return type.of.path;
    if (type.kind === 'element' && type.of.kind === 'procedure' && type.of.hook === 'tuple') return type.of.path;
    return undefined;
  }

  /** A model (or array of one) reached by name only: its usages are `name-match`. */
  function byNameOnly(resolved: Resolved | undefined): Resolved | undefined {
    if (resolved?.kind === 'model') return resolved.mirror === undefined ? { ...resolved, mirror: resolved.model.fact.name } : resolved;
    if (resolved?.kind === 'array') {
      const of = byNameOnly(resolved.of);
      return of && { kind: 'array', of };
    }
    return resolved;
  }

  /**
   * What a call of the top-level function `fn` gives: the function of the module it is imported from when one file of
   * that path declares it, else only when every function of that name gives the same.
   */
  function resolveReturned(fn: string, module: string | undefined, depth: number, byDefault = false): Resolved | undefined {
    const declared = returns.get(fn) ?? [];
    // A default import's name is the importer's: only the module's own function of that name is meant.
    if (byDefault) return module === undefined ? undefined : resolveAll(declared.filter(({ file }) => isModuleFile(file, module)).map(({ type }) => type), depth);
    const inModule = module === undefined || declared.length < 2 ? [] : declared.filter(({ file }) => isModuleFile(file, module));
    return resolveAll((inModule.length === 1 ? inModule : declared).map(({ type }) => type), depth);
  }

  /**
   * `licensingClient.createLicense` of `export const licensingClient = new LicensingClient()` (in the module the
   * caller imports it from, when it names one): the class's method, `LicensingClient.createLicense`.
   */
  function resolveInstanceMethod(fn: string, parameter: number | undefined, module: string | undefined, depth: number): Resolved | undefined {
    const dot = fn.indexOf('.');
    if (dot < 0) return undefined;
    const held = instances.get(fn.slice(0, dot)) ?? [];
    const inModule = module === undefined ? held : held.filter(({ file }) => isModuleFile(file, module));
    const [instance, ...others] = inModule.length > 0 ? inModule : held;
    if (!instance || others.length > 0 || instance.type.kind !== 'name') return undefined;
    return resolveReturned(returnKey(`${plainTypeName(instance.type.name)}${fn.slice(dot)}`, parameter), undefined, depth);
  }

  /** The one type all of `declared` resolve to; undefined when one does not resolve or two differ. */
  function resolveAll(declared: readonly TypeExpr[], depth: number): Resolved | undefined {
    let found: Resolved | undefined;
    for (const type of declared) {
      const resolved = resolveType(type, depth);
      if (!resolved || (found && resolvedKey(found) !== resolvedKey(resolved))) return undefined;
      found ??= resolved;
    }
    return found;
  }

  function memberOfClass(fact: ClassFact, property: string, depth: number): Resolved | undefined {
    const type = propertyType(fact, property);
    if (type) return resolveType(type, depth);
    // `activity.SymbolProfile` of `interface Activity extends Order`: the model's relation.
    const model = declares(fact, property) ? undefined : modelBehind(fact, depth);
    const relation = model?.model.relations.get(property);
    return relation ? resolveType(relation, depth) : undefined;
  }

  /**
   * The model a type extends, a few bases up: `interface Activity extends Order { ... }`, `class AccountDto extends
   * Account` (a Prisma model's type): its properties not declared on the way are the model's.
   */
  function modelBehind(fact: ClassFact, depth: number): Extract<Resolved, { kind: 'model' }> | undefined {
    const seen = new Set<ClassFact>([fact]);
    for (let current: ClassFact | undefined = fact, hops = 0; current?.base !== undefined && hops < 6; hops++) {
      const base = resolveType({ kind: 'name', name: current.base }, depth + 1);
      if (base?.kind === 'model') return base;
      current = base?.kind === 'class' && !seen.has(base.fact) ? base.fact : undefined;
      if (current) seen.add(current);
    }
    return undefined;
  }

  /**
   * An exported contract type built from a model (`export type AccountWithValue = Account & { ... }`, `interface
   * AccountSettings extends User`, `Omit<Access, 'scopes'>`, a few bases up) or holding its rows whole in a property
   * (`accounts: Account[]`): each column of the model it neither declares nor leaves out is a definition of the type,
   * where the model is named, of adapter `contract-type`. Dropping or renaming the column changes the contract; a
   * retype reaches it through the model's type (the reporter counts it for a drop or a rename only). By name only
   * (`name-match`) when the type named only mirrors the model.
   */
  function carriedColumns(fact: ClassFact, carried: CarriedType): void {
    // An entity's relation (`@OneToMany(() => Order) orders: Order[]`): the model's own class holds no contract.
    const own = models.get(`class:${plainTypeName(fact.name)}`);
    if (own && !isUnconfirmedCandidate(own.fact)) return;
    // `Order` of `@prisma/client`: the model itself, exactly; else the type as named (a mirror by name only).
    const base = (carried.model && resolveType(carried.model)) ?? resolveType({ kind: 'name', name: carried.base });
    const model = base?.kind === 'model' ? base : base?.kind === 'class' ? modelBehind(base.fact, 0) : undefined;
    // A type named after the model only (`TSurvey`, an enum `OrderType` beside the model `Order`) is no row of it here.
    if (!model || (model.mirror !== undefined && plainTypeName(model.mirror) !== model.model.fact.name)) return;
    const omitted = new Set(carried.omitted ?? []);
    const owner = [plainTypeName(fact.name), ...(carried.path === undefined ? [] : [carried.path])].join('.');
    for (const [property, column] of model.model.columns) {
      if (omitted.has(property) || (carried.path === undefined && declares(fact, property))) continue;
      const at = { location: carried.location, access: 'definition' as const, adapter: CONTRACT_TYPE_ADAPTER, symbol: `${owner}.${property}` };
      push({ ...model.model.table, column }, model.mirror === undefined ? at : { ...at, confidence: 'name-match' });
    }
  }

  /** The model a relation of `model` leads to (one row or many); undefined for no relation of that name. */
  function relatedModel(model: MappedModel, relationName: string): MappedModel | undefined {
    const relation = model.relations.get(relationName);
    const target = relation ? resolveType(relation) : undefined;
    const next = target?.kind === 'array' ? target.of : target;
    return next?.kind === 'model' ? next.model : undefined;
  }

  /** A class and the classes it extends, a few bases up. */
  function* classChain(fact: ClassFact): Generator<ClassFact> {
    for (let current: ClassFact | undefined = fact, hops = 0; current && hops < 6; hops++) {
      yield current;
      current = current.base === undefined ? undefined : classes.get(current.base);
    }
  }

  /** Whether a class declares the property, typed or not, itself or a few bases up. */
  function declares(fact: ClassFact, property: string): boolean {
    for (const current of classChain(fact)) if (declaredType(current, property) !== undefined || current.untyped?.includes(property)) return true;
    return false;
  }

  /** The declared type of a class's property, its own or inherited (a few bases up). */
  function propertyType(fact: ClassFact, property: string): TypeExpr | undefined {
    for (const current of classChain(fact)) {
      const type = declaredType(current, property);
      if (type) return type;
    }
    return undefined;
  }

  /** `type TUser = User`, `type Account = components['schemas']['Account']`: what an alias names. */
  function aliasedName(fact: ClassFact | undefined): string | undefined {
    return fact?.base !== undefined && Object.keys(fact.properties).length === 0 ? fact.base : undefined;
  }

  /** Follows the path through relations; every segment but the last must be a relation, the last a column. */
  function resolvePropertySite(site: PropertySite): void {
    const client = clientTypeOf(site.owner);
    if (client !== undefined) {
      if (clientTypes.get(client)?.has(site.path[0]!)) clientSite(client, site.path.join('.'), site.access, site.location, site.symbol);
      return;
    }
    let owner = resolveType(site.owner);
    let path = site.path;
    for (let hops = 0; owner?.kind === 'class' && path[0] !== undefined && hops < MAX_TYPE_DEPTH; hops++) {
      // A type that extends a model: a property it does not declare itself is the model's.
      if (!declares(owner.fact, path[0])) {
        owner = modelBehind(owner.fact, 0) ?? owner;
        break;
      }
      if (path.length === 1) break;
      // `const free: PlanDefinition = { flags: { connections_max: 3 } }`, `flags` declared as the row (`Partial<DBPlan>`):
      // the path goes through the members of plain types before it reaches a row or a model.
      owner = memberOfClass(owner.fact, path[0], 0);
      path = path.slice(1);
    }
    // `row.full_name` on a query builder's row: the key is the column, as a builder's string names it.
    if (owner?.kind === 'row') {
      const column = path[0];
      if (path.length === 1 && column !== undefined) {
        const symbol = site.symbol === undefined ? {} : { symbol: site.symbol };
        resolveColumnSite({ kind: 'column-site', adapter: owner.adapter, tables: owner.tables, column, access: site.access, location: site.location, ...symbol });
      }
      return;
    }
    if (owner?.kind !== 'model') return;
    let model = owner.model;
    const nameMatch = owner.mirror !== undefined;
    if (path.length === 0) {
      const whole = model;
      const columnOf = (property: string): ColumnRef | undefined => {
        const column = whole.columns.get(property) ?? (whole.relations.has(property) ? undefined : undeclaredColumn(whole, property, site.access));
        return column === undefined ? undefined : { ...whole.table, column };
      };
      if (!nameMatch && isRowAccess(site.access) && (site.adapter === undefined || site.adapter === model.fact.adapter)) {
        const drops = (property: string): boolean => dropsKey(whole, property, site.access);
        rows.push({ location: site.location, what: `a row of ${model.table.table}`, access: site.access, adapter: model.fact.adapter, columnOf, drops });
      }
      return;
    }
    const last = path.length - 1;
    for (const [index, property] of path.entries()) {
      if (index < last) {
        const related = relatedModel(model, property);
        if (!related) return;
        model = related;
        continue;
      }
      if (site.adapter !== undefined && site.adapter !== model.fact.adapter) return;
      // `order.customer` in code is the loaded relation object, not the foreign key column.
      if (site.adapter === undefined && model.relations.has(property)) return;
      const column = nameMatch
        ? mirrorColumn(model.columns, property)
        : (model.columns.get(property) ??
          twins.get(model.fact.key)?.find((twin) => twin.columns.has(property))?.columns.get(property) ??
          undeclaredColumn(model, property, site.access));
      if (column === undefined) {
        if (!nameMatch && dropsKey(model, property, site.access)) dropped.add(placeKey(site.location));
        // A property the model itself (not a type named like it) neither declares nor has a column of: code reading a
        // field the model no longer has (the reporter's forgotten consumer in a file the change left alone).
        else if (!nameMatch && !model.relations.has(property) && !site.mayBeAbsent) missingMembers.push(site.location);
        return;
      }
      push(
        { ...model.table, column },
        {
          location: site.location,
          access: site.access,
          adapter: model.fact.adapter,
          ...(site.symbol === undefined ? {} : { symbol: site.symbol }),
          ...(nameMatch ? { confidence: 'name-match' as const } : {}),
          // No adapter saw the site (a typed literal's key, a typed value's property) or one saw it on a stand-in
          // result: not a query's argument.
          ...(site.adapter === undefined || site.value ? { onValue: true as const } : {}),
        },
      );
    }
  }

  /**
   * The generated API client type a value is of: `member: MemberDto` (an interface an OpenAPI generator wrote),
   * `type Member = components['schemas']['MemberDto']`, `props.member` with `interface Props { member: MemberDto }`,
   * an element of `MemberDto[]`.
   */
  function clientTypeOf(type: TypeExpr, depth = 0): string | undefined {
    if (clientTypes.size === 0 || depth > MAX_TYPE_DEPTH) return undefined;
    const next = depth + 1;
    switch (type.kind) {
      case 'name': {
        if (clientTypes.has(type.name)) return type.name;
        if (type.args?.[0] && ARRAYS.has(type.name)) return clientTypeOf(type.args[0], next);
        const alias = aliasedName(classes.get(type.name));
        return alias === undefined ? undefined : clientTypeOf({ kind: 'name', name: alias }, next);
      }
      case 'element':
        return clientTypeOf(type.of, next);
      case 'member': {
        const owner = resolveType(type.of, next);
        const property = owner?.kind === 'class' ? propertyType(owner.fact, type.property) : undefined;
        return property ? clientTypeOf(property, next) : undefined;
      }
      case 'either':
        for (const candidate of type.of) {
          const found = clientTypeOf(candidate, next);
          if (found !== undefined) return found;
        }
        return undefined;
      default:
        return undefined;
    }
  }

  /** The fields of a type an OpenAPI generator wrote: the client's definitions of them. */
  function clientFields(shape: ShapeFact): void {
    for (const field of shape.fields) clientSite(shape.name, field.property, 'definition', field.location, field.symbol);
  }

  function clientSite(type: string, property: string, access: ClientSite['access'], location: ClientSite['location'], symbol: string | undefined): void {
    const schemaName = type.startsWith(COMPONENT_SCHEMA_PREFIX) ? type.slice(COMPONENT_SCHEMA_PREFIX.length) : type;
    clientSites.push({ kind: 'client-site', service: facts.service, schema: schemaName, property, access, location, ...(symbol === undefined ? {} : { symbol }) });
  }

  /** A zod schema, interface or DTO named after a model (`ZSurvey`, `SurveyDto`): its fields that name columns. */
  function resolveShape(shape: ShapeFact): void {
    const own = models.get(`class:${shape.name}`) ?? models.get(`value:${shape.name}`);
    if (own && !isUnconfirmedCandidate(own.fact)) return;
    const rowType = rowTypes.get(shape.name);
    if (rowType) {
      // A builder's row type: its fields that are the table's columns define them, exactly.
      const named = siteNaming(rowType.adapter);
      const columns = schema.columnsOf(siteTable(rowType.table, named)) ?? [];
      for (const field of shape.fields) {
        if (!columns.includes(named(field.property))) continue;
        resolveColumnSite({ kind: 'column-site', adapter: rowType.adapter, tables: [rowType.table], column: field.property, access: 'definition', location: field.location, symbol: field.symbol });
      }
      return;
    }
    const mirror = mirrorOf(shape.name) ?? mirrorOfBase(shape.name);
    if (!mirror) return;
    for (const field of shape.fields) {
      // `options.start` of `options: { start: Date }[]`: through the model's relations, to the last one's column.
      const path = field.property.split('.');
      let model: MappedModel | undefined = mirror.model;
      for (const relationName of path.slice(0, -1)) model = model && relatedModel(model, relationName);
      const column = model && mirrorColumn(model.columns, path.at(-1)!);
      if (!model || column === undefined) continue;
      const at = { location: field.location, access: 'definition' as const, adapter: model.fact.adapter, symbol: field.symbol };
      push({ ...model.table, column }, { ...at, confidence: 'name-match' });
    }
    if (shape.base && !mirrorOf(shape.name)) inheritedFields(shape, shape.base, mirror.model);
  }

  /**
   * The fields an exported DTO class inherits from the mirror it extends (ghostfolio's `CreateAccountWithBalancesDto
   * extends CreateAccountDto`, whose `isExcluded` is the column's): its contract carries them whole, so each that names a
   * column of the model is a definition where the base is named, of adapter `contract-type` (a drop or a rename asks the
   * subclass to change, a retype reaches it through the base). What it declares again itself is its own field.
   */
  function inheritedFields(shape: ShapeFact, base: NonNullable<ShapeFact['base']>, model: MappedModel): void {
    const own = new Set(shape.fields.map((field) => field.property));
    let current: string | undefined = base.name;
    for (let hops = 0; current !== undefined && hops < MAX_BASE_HOPS; hops++) {
      const [declared, ...others]: readonly ShapeFact[] = shapesByName.get(current) ?? [];
      if (!declared || others.length > 0) return;
      for (const field of declared.fields) {
        const column = own.has(field.property) || field.property.includes('.') ? undefined : mirrorColumn(model.columns, field.property);
        if (column === undefined) continue;
        own.add(field.property);
        const symbol = `${shape.name}.${field.property}`;
        push({ ...model.table, column }, { location: base.location, access: 'definition', adapter: CONTRACT_TYPE_ADAPTER, symbol, confidence: 'name-match' });
      }
      current = declared.base?.name;
    }
  }

  /**
   * The mirror a DTO extends: `ImportAccountDto extends CreateAccountDto` (a few bases up) declares fields of the model
   * `CreateAccountDto` mirrors. Not a model itself as the base (`interface Activity extends Order`): a type that extends
   * the model declares its own fields, no columns.
   */
  function mirrorOfBase(name: string): ReturnType<typeof mirrorOf> {
    let current = name;
    for (let hops = 0; hops < MAX_BASE_HOPS; hops++) {
      // A DTO whose decorators the scan does not know is read as a candidate model: its base is the model fact's.
      const base = classes.get(current)?.base ?? modelFacts.get(`class:${current}`)?.base?.replace(/^class:/, '');
      if (base === undefined) return undefined;
      const plain = plainTypeName(base);
      const model = models.get(`class:${plain}`) ?? models.get(`value:${plain}`);
      if ((model && !isUnconfirmedCandidate(model.fact)) || importedByName.has(plain)) return undefined;
      const mirror = mirrorOf(plain);
      if (mirror) return mirror.model.fact.name === plain ? undefined : mirror;
      current = base;
    }
    return undefined;
  }

  /** How an adapter's sites spell a database name (Objection's snake_case mappers: `displayName` is `display_name`). */
  function siteNaming(adapterName: string): (name: string) => string {
    const adapter = adapterByName.get(adapterName);
    return (name) => adapter?.siteName?.(name, settings) ?? name;
  }

  /** The table a site names, `table` or `schema.table`, each part spelled as the adapter's sites spell it. */
  function siteTable(name: string, named: (name: string) => string): TableRef {
    const dot = name.indexOf('.');
    return dot < 0 ? schema.resolveTable(named(name)) : schema.resolveTable(named(name.slice(dot + 1)), named(name.slice(0, dot)));
  }

  function resolveColumnSite(site: ColumnSite): void {
    const named = siteNaming(site.adapter);
    const column = named(site.column);
    const tables = site.tables.map((name) => siteTable(name, named));
    if (site.column === '*') {
      // A whole row written or matched (`.insert(params)`): its keys are columns of the chain's one table.
      const [table, ...others] = tables.filter((candidate) => schema.columnsOf(candidate) !== undefined);
      const columnOf = (property: string): ColumnRef | undefined => (table && schema.columnsOf(table)?.includes(named(property)) ? { ...table, column: named(property) } : undefined);
      if (table && others.length === 0 && isRowAccess(site.access)) rows.push({ location: site.location, what: `a row of ${table.table}`, access: site.access, adapter: site.adapter, columnOf });
      return;
    }
    const owners = tables.length === 1 && !site.ifColumn ? tables : tables.filter((table) => schema.columnsOf(table)?.includes(column));
    const table = owners[0];
    if (!table) return;
    push(
      { ...table, column },
      { location: site.location, access: site.access, adapter: site.adapter, ...(site.symbol === undefined ? {} : { symbol: site.symbol }) },
    );
  }

  function resolveSqlSite(site: SqlSite): void {
    resolveSqlRefs(site, site.refs, push);
    // The values a call passes for the statement's placeholders: where a value becomes the column's, not usages.
    const keyed = new Map<string, Map<string, ColumnRef>>();
    for (const parameter of site.parameters ?? []) {
      resolveSqlRefs(site, [parameter], (column, usage) => {
        if (parameter.key === undefined) values.push({ kind: 'usage', column, service: facts.service, serviceKind: facts.serviceKind, ...usage });
        else {
          // `qx.result(sql, data)` with `$(tenantId)`: the object's keys are the placeholders' columns.
          const place = `${usage.location.file}:${usage.location.line}:${usage.location.column ?? 0}`;
          const columns = keyed.get(place) ?? keyed.set(place, new Map()).get(place)!;
          if (!columns.has(parameter.key)) columns.set(parameter.key, column);
          if (columns.size === 1) rows.push({ location: usage.location, what: 'the values of a statement', access: usage.access, adapter: site.adapter, columnOf: (property) => columns.get(property) });
        }
      });
    }
  }

  function resolveSqlRefs(site: SqlSite, refs: SqlSite['refs'], push: (column: ColumnRef, site: Omit<Usage, 'kind' | 'column' | 'service' | 'serviceKind'>) => void): void {
    for (const ref of refs) {
      const column = ref.name[ref.name.length - 1]!;
      for (const target of resolveSqlRef(ref.name, ref.scopes)) {
        const columns = column === '*' ? (schema.columnsOf(target) ?? []) : [column];
        for (const name of columns) {
          push(
            { ...target, column: name },
            {
              location: ref.location,
              access: ref.access,
              adapter: site.adapter,
              ...(site.symbol === undefined ? {} : { symbol: site.symbol }),
              ...(column === '*' ? { fromStar: true } : {}),
            },
          );
        }
      }
    }
  }

  function resolveSqlRef(name: readonly string[], scopes: SqlSite['refs'][number]['scopes']): readonly TableRef[] {
    if (name.length === 3) return [schema.resolveTable(name[1]!, name[0])];
    if (name.length === 2) {
      for (const tables of scopes) {
        const found = tables.find((table) => table.alias === name[0]);
        if (found) return found.table ? [schema.resolveTable(found.table.name, found.table.schema)] : [];
      }
      return [];
    }
    const column = name[0]!;
    // An unqualified column belongs to the innermost table that has it. When none has it and the column's own query
    // reads exactly one table (not a CTE), it still names that table's column: code that uses a column the schema
    // no longer has (renamed or dropped by a migration) is the usage a reviewer most needs to see.
    let onlyTable: readonly TableRef[] | undefined;
    for (const [depth, tables] of scopes.entries()) {
      const real = tables.flatMap((table) => (table.table ? [schema.resolveTable(table.table.name, table.table.schema)] : []));
      if (column === '*') return real;
      const owners = real.filter((table) => schema.columnsOf(table)?.includes(column));
      if (owners.length > 0) return owners.slice(0, 1);
      if (tables.length === 1 && real.length === 1) {
        if (schema.columnsOf(real[0]!) === undefined) return real;
        if (depth === 0) onlyTable = real;
      }
    }
    return onlyTable ?? [];
  }
}

/** What a resolved type is, as a comparable key: two functions of one name agree when their results have one key. */
function resolvedKey(resolved: Resolved): string {
  switch (resolved.kind) {
    case 'model':
      return `model:${resolved.model.fact.key}:${resolved.mirror ?? ''}`;
    case 'class':
      return `class:${resolved.fact.name}`;
    case 'row':
      return `row:${resolved.adapter}:${resolved.tables.join(',')}`;
    case 'array':
    case 'repository':
    case 'result':
      return `${resolved.kind}:${resolvedKey(resolved.of)}`;
  }
}

/** A whole value written (`create(data)`) or matched (`where(filters)`) is a row whose keys its callers name. */
/** `file:line:column`, how the name fallback knows a place. */
function placeKey(location: Usage['location']): string {
  return `${location.file}:${location.line}:${location.column ?? 0}`;
}

function isRowAccess(access: Access): boolean {
  return access === 'write' || access === 'filter';
}
