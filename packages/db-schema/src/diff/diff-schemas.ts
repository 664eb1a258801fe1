import type { ColumnChange, ColumnRef, ColumnSnapshot, SchemaSnapshot, TableSnapshot } from '@ripple/model';
import { compareStrings, ownEntry } from '@ripple/model';
import type { TypeCatalog } from '../introspect/type-catalog.js';
import { typeCatalog, unquoteName } from '../introspect/type-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { findTableRename, matchTables } from './match-tables.js';
import type { MigrationEvent } from './migration-events.js';
import { findEvent, located, migrationEvents, namesTable } from './migration-events.js';

export interface DiffOptions {
  /** The migrations that lead from base to head: their statements name renames and locate each change. */
  readonly migrations?: readonly Migration[];
}

/**
 * Column-level changes from `base` to `head`. Pure.
 *
 * - A table is the same table under its name, or under the new name a `RENAME TO` in the migrations gives it.
 * - Within a table, columns are matched by `position` (attnum, stable across renames when both snapshots come from
 *   one database). If the positions disagree with the names (snapshots of two databases), columns are matched by
 *   name and by the migrations' `RENAME COLUMN`s instead.
 * - A column dropped and one of a compatible type added on the same table, with no RENAME, is a probable rename
 *   that loses the data: `column-renamed` with `how: 'drop-and-add'`.
 * - A dropped table drops every column (`tableDropped`). Tables that are new in head are not reported.
 * - A column whose enum type keeps its name but loses, renames or reorders labels changed type (Prisma's enum
 *   rewrite: `CREATE TYPE "Role_new"`, `ALTER COLUMN ... TYPE "Role_new" USING`, rename back): `from` and `to` carry
 *   the labels. Labels only added (`ADD VALUE`) keep every stored value and its order: not a column change.
 * - Each change carries the statement that makes it (`migration`), when the migrations have one.
 * Sorted by table, column, kind.
 */
export function diffSchemas(base: SchemaSnapshot, head: SchemaSnapshot, options: DiffOptions = {}): readonly ColumnChange[] {
  const events = options.migrations ? migrationEvents(options.migrations) : [];
  const enums = { base: typeCatalog(base), head: typeCatalog(head) };
  const changes: ColumnChange[] = [];
  for (const { base: baseTable, head: headTable, columns } of matchTables(base, head, events)) {
    if (!headTable) {
      const dropAt = findEvent(events, baseTable, [baseTable.name], (event) => event.kind === 'drop-table');
      for (const column of baseTable.columns) {
        changes.push({ kind: 'column-dropped', column: ref(baseTable, column), type: column.type, tableDropped: true, ...located(dropAt) });
      }
      continue;
    }
    changes.push(...diffTable(baseTable, headTable, columns, events, enums));
  }
  return changes.sort(compareChanges);
}

function diffTable(
  baseTable: TableSnapshot,
  headTable: TableSnapshot,
  pairs: ReadonlyMap<ColumnSnapshot, ColumnSnapshot>,
  events: readonly MigrationEvent[],
  enums: { readonly base: TypeCatalog; readonly head: TypeCatalog },
): ColumnChange[] {
  const tableNames = [...new Set([baseTable.name, headTable.name])];
  const changes: ColumnChange[] = [];
  const eventFor = (names: readonly string[], kinds: readonly MigrationEvent['kind'][]) =>
    findEvent(events, baseTable, tableNames, (event) => kinds.includes(event.kind) && 'column' in event && names.includes(event.column));
  const matchedHead = new Set<ColumnSnapshot>();
  const dropped: ColumnSnapshot[] = [];
  for (const baseColumn of baseTable.columns) {
    const headColumn = pairs.get(baseColumn);
    if (!headColumn) {
      dropped.push(baseColumn);
      continue;
    }
    matchedHead.add(headColumn);
    const column = ref(baseTable, baseColumn);
    const names = [...new Set([baseColumn.name, headColumn.name])];
    if (headColumn.name !== baseColumn.name || headTable.name !== baseTable.name) {
      const at =
        headColumn.name !== baseColumn.name
          ? findEvent(events, baseTable, tableNames, (event) => event.kind === 'rename-column' && event.column === baseColumn.name)
          : findTableRename(baseTable, events);
      changes.push({
        kind: 'column-renamed',
        column,
        newName: headColumn.name,
        how: 'rename',
        ...(headTable.name !== baseTable.name ? { newTable: headTable.name } : {}),
        ...located(at),
      });
    }
    const retyped =
      headColumn.type !== baseColumn.type
        ? { from: baseColumn.type, to: headColumn.type }
        : enumRewrite(baseColumn.type, enums.base, enums.head);
    if (retyped) changes.push({ kind: 'column-type-changed', column, ...retyped, ...located(eventFor(names, ['alter-type'])) });
    if (headColumn.nullable !== baseColumn.nullable) {
      changes.push({
        kind: 'column-nullability-changed',
        column,
        nullable: headColumn.nullable,
        ...located(eventFor(names, ['alter-nullability'])),
      });
    }
    if (headColumn.default !== baseColumn.default) {
      changes.push({
        kind: 'column-default-changed',
        column,
        ...(baseColumn.default !== undefined ? { from: baseColumn.default } : {}),
        ...(headColumn.default !== undefined ? { to: headColumn.default } : {}),
        ...located(eventFor(names, ['alter-default'])),
      });
    }
  }
  const added = headTable.columns.filter((column) => !matchedHead.has(column));
  const renamedColumns = new Set(
    events.filter((event) => event.kind === 'rename-column' && namesTable(event.table, baseTable, tableNames)).map((event) => ('column' in event ? event.column : '')),
  );
  for (const baseColumn of dropped) {
    const column = ref(baseTable, baseColumn);
    const dropAt = eventFor([baseColumn.name], ['drop-column']);
    const replacement = renamedColumns.has(baseColumn.name)
      ? undefined
      : (added.find((candidate) => candidate.type === baseColumn.type) ??
        added.find((candidate) => typeFamily(candidate.type) === typeFamily(baseColumn.type)));
    if (replacement) {
      added.splice(added.indexOf(replacement), 1);
      changes.push({ kind: 'column-renamed', column, newName: replacement.name, how: 'drop-and-add', ...located(dropAt) });
    } else {
      changes.push({ kind: 'column-dropped', column, type: baseColumn.type, ...located(dropAt) });
    }
  }
  for (const headColumn of added) {
    changes.push({
      kind: 'column-added',
      column: { schema: headTable.schema, table: headTable.name, column: headColumn.name },
      type: headColumn.type,
      nullable: headColumn.nullable,
      ...(headColumn.default !== undefined ? { default: headColumn.default } : {}),
      ...located(eventFor([headColumn.name], ['add-column'])),
    });
  }
  return changes;
}

/**
 * `"Role"` with labels `('admin', 'user', 'guest')` in base and `('admin', 'user')` in head: the enum's old values are
 * not all kept, in their order, so writers of a removed label fail and comparisons or `ORDER BY` change. The type as
 * `format_type` prints it, with the labels, is `from` and `to`; undefined when the type is no enum in either snapshot
 * or only gained labels.
 */
function enumRewrite(type: string, base: TypeCatalog, head: TypeCatalog): { from: string; to: string } | undefined {
  const element = type.replace(/(\[\])+$/, '');
  const key = unquoteName(element);
  const before = base.enums.get(key);
  const after = head.enums.get(key);
  if (!before || !after) return undefined;
  const kept = after.filter((label) => before.includes(label));
  if (kept.length === before.length && kept.every((label, at) => label === before[at])) return undefined;
  const withLabels = (labels: readonly string[]) => `${type} AS ENUM (${labels.map((label) => `'${label.replaceAll("'", "''")}'`).join(', ')})`;
  return { from: withLabels(before), to: withLabels(after) };
}

function ref(table: TableSnapshot, column: ColumnSnapshot): ColumnRef {
  return { schema: table.schema, table: table.name, column: column.name };
}

const TYPE_FAMILIES: Readonly<Record<string, string>> = {
  text: 'text',
  'character varying': 'text',
  character: 'text',
  citext: 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamp',
  json: 'json',
  jsonb: 'json',
};

/** `character varying(255)` -> `text`: types a value moves between without loss of meaning. */
function typeFamily(type: string): string {
  const bare = type.replace(/\(.*?\)/g, '').replace(/\s+/g, ' ').trim();
  return ownEntry(TYPE_FAMILIES, bare) ?? bare;
}

const KIND_ORDER: readonly ColumnChange['kind'][] = [
  'column-added',
  'column-dropped',
  'column-renamed',
  'column-type-changed',
  'column-nullability-changed',
  'column-default-changed',
];

function compareChanges(a: ColumnChange, b: ColumnChange): number {
  return (
    compareStrings(a.column.schema, b.column.schema) ||
    compareStrings(a.column.table, b.column.table) ||
    compareStrings(a.column.column, b.column.column) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
}
