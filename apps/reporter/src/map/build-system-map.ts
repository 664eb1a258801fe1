import { isTestFile, type ServiceSpec } from '@ripple/code-scan';
import {
  compareLocations,
  compareStrings,
  SYSTEM_MAP_SCHEMA_VERSION,
  type Access,
  type ColumnDependency,
  type DeadColumn,
  type Diagnostic,
  type DriftColumn,
  type MapColumn,
  type MapOperation,
  type MapTable,
  type SchemaSnapshot,
  type SharedTable,
  type SystemMap,
  type Usage,
} from '@ripple/model';
import { apiFieldsForColumn, type ServiceApiField } from '../join/api-fields-for-column.js';
import { codeConsumer, dbObjectConsumer } from '../join/build-impact-report.js';

export interface SystemMapInputs {
  /** The head schema: migrations replayed, or a live database. */
  readonly schema: SchemaSnapshot;
  readonly services: readonly ServiceSpec[];
  readonly usages: readonly Usage[];
  readonly apiFields: readonly ServiceApiField[];
  readonly diagnostics: readonly Diagnostic[];
  /** `5 migrations in db/migrations`: where the schema came from, for the evidence. */
  readonly schemaSource: string;
}

export const ACCESS_ORDER: readonly Access[] = ['definition', 'read', 'write', 'filter', 'order'];
const READS = new Set<Access>(['read', 'filter', 'order']);
/** Database objects that read a column's values: they use it, where an index or a constraint only keeps it. */
const READING_OBJECTS = new Set<ColumnDependency['object']['kind']>(['view', 'materialized-view', 'function', 'procedure', 'trigger', 'policy', 'generated-column']);
/** Diagnostics after which a file that uses a table may use more of its columns than the scan saw. */
const HIDING_CODES = new Set(['sql/dynamic', 'sql/unparseable', 'code/unresolved-entity']);
/** Diagnostics after which any table may be used by the file (it was not read, or its models not found). */
const UNREAD_CODES = new Set(['code/syntax-error', 'code/unparseable', 'code/prisma-schema-not-found', 'code/unresolved-table-name']);

/**
 * The system map: the schema's tables × the services' usages, folded in one pass over the usages (grouped by
 * table and column in `Map`s). Pure and deterministic: every list is sorted.
 */
export function buildSystemMap(inputs: SystemMapInputs): SystemMap {
  const { schema, usages } = inputs;
  const byColumn = new Map<string, Usage[]>();
  const byTable = new Map<string, Usage[]>();
  for (const usage of usages) {
    const table = `${usage.column.schema}.${usage.column.table}`;
    push(byTable, table, usage);
    push(byColumn, `${table}\u0000${usage.column.column}`, usage);
  }
  const readers = new Map<string, string[]>();
  const keepers = new Map<string, string[]>();
  for (const dependency of schema.dependencies) {
    const key = `${dependency.schema}.${dependency.table}\u0000${dependency.column}`;
    const object = dbObjectConsumer(dependency).object!;
    push(READING_OBJECTS.has(dependency.object.kind) ? readers : keepers, key, object);
  }
  const referenced = new Map<string, string[]>();
  for (const constraint of schema.constraints) {
    if (constraint.kind !== 'foreign-key' || constraint.references === undefined) continue;
    const target = `${constraint.references.schema}.${constraint.references.table}`;
    for (const column of constraint.references.columns) push(referenced, `${target}\u0000${column}`, `${constraint.schema}.${constraint.table} (${constraint.name})`);
  }
  const hidingFiles = new Set(inputs.diagnostics.filter((diagnostic) => HIDING_CODES.has(diagnostic.code)).map((diagnostic) => diagnostic.location.file));
  // An unread file belongs to the service whose folder holds it (the deepest), the root service last.
  const servicesByDepth = [...inputs.services].sort((a, b) => b.dir.length - a.dir.length);
  const servicesWithUnreadFiles = new Map<string, string[]>();
  for (const diagnostic of inputs.diagnostics) {
    if (!UNREAD_CODES.has(diagnostic.code)) continue;
    const file = diagnostic.location.file;
    const service = servicesByDepth.find((spec) => spec.dir === '.' || file.startsWith(`${spec.dir}/`))?.name;
    if (service !== undefined) push(servicesWithUnreadFiles, service, file);
  }

  const relations = [
    ...schema.tables.map((table) => ({ name: `${table.schema}.${table.name}`, kind: table.kind, columns: table.columns.map((column) => ({ name: column.name, type: column.type })) })),
    ...schema.views.map((view) => ({ name: `${view.schema}.${view.name}`, kind: view.kind, columns: undefined })),
  ];
  const known = new Map(relations.map((relation) => [relation.name, relation]));
  const fields = fieldsByTable(inputs.apiFields, schema);

  const tables: MapTable[] = relations.map((relation) => {
    const declared = relation.columns ?? [];
    const usedNames = [...new Set((byTable.get(relation.name) ?? []).map((usage) => usage.column.column))];
    // A view's columns are not in the snapshot: they are the ones code uses. A table's columns code uses that the
    // schema lacks (drift) follow its own, in name order.
    const names = [...new Set([...declared.map((column) => column.name), ...usedNames.sort(compareStrings)])];
    const typeOf = new Map(declared.map((column) => [column.name, column.type]));
    const columns = names.map((name): MapColumn => {
      const key = `${relation.name}\u0000${name}`;
      const type = typeOf.get(name);
      return { column: name, ...(type !== undefined ? { type } : {}), cells: cellsOf(byColumn.get(key) ?? []), dbObjects: sortedUnique(readers.get(key) ?? []) };
    });
    return {
      table: relation.name,
      kind: relation.kind,
      services: sortedUnique((byTable.get(relation.name) ?? []).filter((usage) => !isTestFile(usage.location.file)).map((usage) => usage.service)),
      columns,
      operations: sortedUnique((fields.get(relation.name) ?? []).map(({ service, field }) => `${service}: ${field.operation}`)),
    };
  });

  const deadColumns: DeadColumn[] = [];
  for (const table of tables) {
    const relation = known.get(table.table)!;
    if (relation.columns === undefined) continue;
    const tableUsages = byTable.get(table.table) ?? [];
    const production = tableUsages.filter((usage) => !isTestFile(usage.location.file));
    const exactUsers = sortedUnique(production.filter((usage) => usage.confidence !== 'name-match').map((usage) => usage.service));
    const tableFiles = new Set(tableUsages.map((usage) => usage.location.file));
    const unreadFiles = sortedUnique([
      ...[...tableFiles].filter((file) => hidingFiles.has(file)),
      ...table.services.flatMap((service) => servicesWithUnreadFiles.get(service) ?? []),
    ]);
    for (const column of table.columns) {
      if (column.type === undefined || column.dbObjects.length > 0) continue;
      const key = `${table.table}\u0000${column.column}`;
      const columnUsages = byColumn.get(key) ?? [];
      if (columnUsages.some((usage) => !isTestFile(usage.location.file))) continue;
      const reasons: string[] = [];
      let confidence: DeadColumn['confidence'] = 'high';
      if (exactUsers.length === 0) {
        confidence = 'low';
        reasons.push(
          production.length > 0
            ? `the table is used only through types named after it (name match): ${table.services.join(', ')}`
            : 'no scanned code uses the table: another program, or a shape the scan does not read, may',
        );
      } else {
        reasons.push(`${exactUsers.join(', ')} use${exactUsers.length === 1 ? 's' : ''} the table and never name this column, a SELECT * or an ORM model mapping it included`);
      }
      if (columnUsages.length > 0) {
        confidence = lower(confidence, 'medium');
        reasons.push(`used only in test, fixture or seed files: ${sortedUnique(columnUsages.map((usage) => usage.location.file)).join(', ')}`);
      }
      if (unreadFiles.length > 0) {
        confidence = lower(confidence, 'medium');
        reasons.push(`${unreadFiles.length} file${unreadFiles.length === 1 ? '' : 's'} of its users could not be read completely (dynamic or unreadable SQL, syntax errors)`);
      }
      const referencedBy = referenced.get(key) ?? [];
      if (referencedBy.length > 0) {
        confidence = lower(confidence, 'medium');
        reasons.push(`foreign keys reference it: ${sortedUnique(referencedBy).join(', ')}; joins through them may read it`);
      }
      deadColumns.push({
        table: table.table,
        column: column.column,
        type: column.type ?? '',
        confidence,
        reasons,
        tableUsedBy: table.services,
        unreadFiles,
        dbObjects: sortedUnique(keepers.get(key) ?? []),
      });
    }
  }

  deadColumns.sort((a, b) => compareStrings(a.table, b.table) || compareStrings(a.column, b.column));

  const drift: DriftColumn[] = [];
  const missingTables = new Set<string>();
  for (const [key, columnUsages] of byColumn) {
    const [table, column] = key.split('\u0000') as [string, string];
    const relation = known.get(table);
    if (relation !== undefined && (relation.columns === undefined || relation.columns.some((candidate) => candidate.name === column))) continue;
    if (relation === undefined) missingTables.add(table);
    if (relation === undefined && isSystemTable(table)) continue;
    drift.push({
      table,
      column,
      kind: relation === undefined ? 'table-missing' : 'column-missing',
      consumers: [...columnUsages].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.access, b.access)).map((usage) => codeConsumer(usage, undefined)),
    });
  }
  drift.sort((a, b) => compareStrings(a.table, b.table) || compareStrings(a.column, b.column));
  // Tables the schema lacks appear in the matrix too: code names them (catalogs and tool tables included).
  for (const table of [...missingTables].sort(compareStrings)) {
    const tableUsages = byTable.get(table) ?? [];
    const names = sortedUnique(tableUsages.map((usage) => usage.column.column));
    tables.push({
      table,
      kind: 'table',
      services: sortedUnique(tableUsages.filter((usage) => !isTestFile(usage.location.file)).map((usage) => usage.service)),
      columns: names.map((name) => ({ column: name, cells: cellsOf(byColumn.get(`${table}\u0000${name}`) ?? []), dbObjects: [] })),
      operations: [],
    });
  }
  tables.sort((a, b) => compareStrings(a.table, b.table));

  const usagesPerService = new Map(counted(usages.map((usage) => usage.service)));
  return {
    kind: 'system-map',
    schemaVersion: SYSTEM_MAP_SCHEMA_VERSION,
    services: [...inputs.services]
      .sort((a, b) => compareStrings(a.name, b.name))
      .map((spec) => ({ name: spec.name, kind: spec.kind, dir: spec.dir, usages: usagesPerService.get(spec.name) ?? 0 })),
    tables,
    sharedTables: tables.flatMap((table) => {
      const runtime = runtimeUsages(byTable.get(table.table) ?? []);
      return new Set(runtime.map((usage) => usage.service)).size > 1 ? [sharedTableOf(table.table, runtime)] : [];
    }),
    deadColumns,
    drift,
    operations: operationsOf(inputs.apiFields, fields),
    evidence: {
      services: inputs.services.length,
      filesWithUsages: new Set(usages.map((usage) => usage.location.file)).size,
      usages: usages.length,
      adapters: counted(usages.map((usage) => usage.adapter)).map(([adapter, count]) => ({ adapter, usages: count })),
      accesses: ACCESS_ORDER,
      schemaSource: inputs.schemaSource,
      diagnostics: counted(inputs.diagnostics.map((diagnostic) => diagnostic.code)).map(([code, count]) => ({ code, count })),
    },
    diagnostics: [...inputs.diagnostics].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message)),
  };
}

/** One cell per service: its distinct accesses and counts; its first use by place (see `MapCell.first`). */
function cellsOf(usages: readonly Usage[]): MapColumn['cells'] {
  const byService = new Map<string, Usage[]>();
  for (const usage of usages) push(byService, usage.service, usage);
  return [...byService]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([service, list]) => {
      const accesses = new Set(list.map((usage) => usage.access));
      // The place a reviewer opens first: a read or write in the product's code, else in a test, else a definition.
      const uses = list.filter((usage) => usage.access !== 'definition');
      const productUses = uses.filter((usage) => !isTestFile(usage.location.file));
      const candidates = productUses.length > 0 ? productUses : uses.length > 0 ? uses : list;
      const first = candidates.reduce((best, usage) => (compareLocations(usage.location, best.location) < 0 ? usage : best));
      return {
        service,
        access: ACCESS_ORDER.filter((access) => accesses.has(access)),
        usages: list.length,
        tests: list.filter((usage) => isTestFile(usage.location.file)).length,
        first: first.location,
      };
    });
}

/**
 * Tables no migration creates that exist all the same: PostgreSQL's catalogs and the migration tools' own
 * bookkeeping. Code reading them is no drift.
 */
const TOOL_TABLES = new Set(['_prisma_migrations', 'knex_migrations', 'knex_migrations_lock', 'migrations', 'typeorm_metadata', 'SequelizeMeta', 'mikro_orm_migrations', 'schema_migrations', 'kysely_migration', 'kysely_migration_lock', 'goose_db_version', 'flyway_schema_history', 'atlas_schema_revisions']);

function isSystemTable(qualified: string): boolean {
  const dot = qualified.indexOf('.');
  const schema = qualified.slice(0, dot);
  const table = qualified.slice(dot + 1);
  return schema === 'information_schema' || schema === 'pg_catalog' || schema === 'drizzle' || table.startsWith('pg_') || TOOL_TABLES.has(table);
}

/**
 * A table's runtime users: services that read or write it outside test files through a mapping, SQL or data flow.
 * A package that only declares the model (a shared Prisma schema) or mirrors it in types (name match) is no user.
 */
function runtimeUsages(usages: readonly Usage[]): Usage[] {
  return usages.filter((usage) => usage.access !== 'definition' && usage.confidence !== 'name-match' && !isTestFile(usage.location.file));
}

/** Who writes and who reads a shared table, and the columns one service writes and another reads. */
function sharedTableOf(table: string, usages: readonly Usage[]): SharedTable {
  const byColumn = new Map<string, Usage[]>();
  for (const usage of usages) push(byColumn, usage.column.column, usage);
  const writersOf = (list: readonly Usage[]) => sortedUnique(list.filter((usage) => usage.access === 'write').map((usage) => usage.service));
  const readersOf = (list: readonly Usage[]) => sortedUnique(list.filter((usage) => READS.has(usage.access)).map((usage) => usage.service));
  const handoffs = [...byColumn].flatMap(([column, list]) => {
    const writers = writersOf(list);
    const readers = readersOf(list);
    return writers.some((writer) => readers.some((reader) => reader !== writer)) ? [{ column, writers, readers }] : [];
  });
  return {
    table,
    services: sortedUnique(usages.map((usage) => usage.service)),
    writers: writersOf(usages),
    readers: readersOf(usages),
    handoffs: handoffs.sort((a, b) => compareStrings(a.column, b.column)),
  };
}

/** The API fields exposing each table's columns, by the report's name join. */
function fieldsByTable(fields: readonly ServiceApiField[], schema: SchemaSnapshot): Map<string, ServiceApiField[]> {
  const result = new Map<string, ServiceApiField[]>();
  if (fields.length === 0) return result;
  for (const table of schema.tables) {
    for (const column of table.columns) {
      const exposing = apiFieldsForColumn(fields, { schema: table.schema, table: table.name, column: column.name });
      for (const field of exposing) push(result, `${table.schema}.${table.name}`, field);
    }
  }
  return result;
}

function operationsOf(fields: readonly ServiceApiField[], byTable: ReadonlyMap<string, readonly ServiceApiField[]>): MapOperation[] {
  const operations = new Map<string, { service: string; operation: string; file: string; tables: Set<string> }>();
  for (const { service, field } of fields) {
    const key = `${service}\u0000${field.operation}`;
    if (!operations.has(key)) operations.set(key, { service, operation: field.operation, file: field.file, tables: new Set() });
  }
  for (const [table, exposing] of byTable) for (const { service, field } of exposing) operations.get(`${service}\u0000${field.operation}`)?.tables.add(table);
  return [...operations.values()]
    .map((entry) => ({ service: entry.service, operation: entry.operation, file: entry.file, tables: sortedUnique([...entry.tables]) }))
    .sort((a, b) => compareStrings(a.service, b.service) || compareStrings(a.operation, b.operation));
}

function lower(confidence: DeadColumn['confidence'], to: DeadColumn['confidence']): DeadColumn['confidence'] {
  const rank = { high: 2, medium: 1, low: 0 };
  return rank[to] < rank[confidence] ? to : confidence;
}

function counted(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareStrings(a, b));
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
