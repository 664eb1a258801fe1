import type {
  ColumnDetailChange,
  ColumnSnapshot,
  ConstraintSnapshot,
  IndexSnapshot,
  ObjectChange,
  SchemaSnapshot,
  TableSnapshot,
} from '@ripple/model';
import { compareStrings } from '@ripple/model';
import type { DiffOptions } from './diff-schemas.js';
import { matchTables } from './match-tables.js';
import type { MigrationEvent } from './migration-events.js';
import { findEvent, located, migrationEvents } from './migration-events.js';
import { scanSqlTokens } from '../migrations/scan-sql-tokens.js';

/**
 * The changes of `base` -> `head` that `diffSchemas` does not carry, per column: identity and generation, and the
 * constraints and indexes that involve the column (a key column, or a column an expression or predicate names, from
 * the snapshot's pg_depend dependencies). Pure; libpg-query must be loaded (`loadMigrations` does it).
 *
 * - Tables and columns are paired as `diffSchemas` pairs them; a column added or dropped is not reported again for
 *   its constraints and indexes, nor is a dropped table.
 * - A constraint or index is the same object under the same name. Its definition is compared after the head's names
 *   of renamed columns and tables are mapped back to the base's, so a rename alone changes nothing here. One that was
 *   only renamed (the same definition under another name) is not reported either.
 * - Each change carries the statement that makes it (`migration`) when the migrations have one: `ALTER COLUMN ...
 *   IDENTITY / EXPRESSION`, `ADD / DROP CONSTRAINT`, `CREATE / DROP INDEX`.
 * Sorted by table, column, kind, object name.
 */
export function diffColumnDetails(base: SchemaSnapshot, head: SchemaSnapshot, options: DiffOptions = {}): readonly ColumnDetailChange[] {
  const events = options.migrations ? migrationEvents(options.migrations) : [];
  const changes: ColumnDetailChange[] = [];
  for (const { base: baseTable, head: headTable, columns } of matchTables(base, head, events)) {
    if (!headTable) continue;
    const context: TableContext = {
      baseTable,
      headTable,
      events,
      tableNames: [...new Set([baseTable.name, headTable.name])],
      baseNames: new Set([...columns.keys()].map((column) => column.name)),
      headToBase: new Map([...columns].map(([baseColumn, headColumn]) => [headColumn.name, baseColumn.name])),
    };
    for (const [baseColumn, headColumn] of columns) changes.push(...diffColumn(baseColumn, headColumn, context));
    changes.push(...diffConstraints(base, head, context), ...diffIndexes(base, head, context));
  }
  return changes.sort(compareDetailChanges);
}

interface TableContext {
  readonly baseTable: TableSnapshot;
  readonly headTable: TableSnapshot;
  readonly events: readonly MigrationEvent[];
  readonly tableNames: readonly string[];
  /** Base columns that are still there in head. */
  readonly baseNames: ReadonlySet<string>;
  /** Head column name -> base column name, for the paired columns. */
  readonly headToBase: ReadonlyMap<string, string>;
}

function diffColumn(baseColumn: ColumnSnapshot, headColumn: ColumnSnapshot, context: TableContext): ColumnDetailChange[] {
  const column = { schema: context.baseTable.schema, table: context.baseTable.name, column: baseColumn.name };
  const at = (kind: MigrationEvent['kind']) =>
    located(
      findEvent(
        context.events,
        context.baseTable,
        context.tableNames,
        (event) => event.kind === kind && 'column' in event && [baseColumn.name, headColumn.name].includes(event.column),
      ),
    );
  const changes: ColumnDetailChange[] = [];
  if (baseColumn.identity !== headColumn.identity) {
    changes.push({
      kind: 'column-identity-changed',
      column,
      ...(baseColumn.identity !== undefined ? { from: baseColumn.identity } : {}),
      ...(headColumn.identity !== undefined ? { to: headColumn.identity } : {}),
      ...at('alter-identity'),
    });
  }
  const from = baseColumn.generated;
  const to = headColumn.generated;
  if (from?.kind !== to?.kind || (from && to && from.expression !== toBaseNames(to.expression, context))) {
    changes.push({ kind: 'column-generated-changed', column, ...(from ? { from } : {}), ...(to ? { to } : {}), ...at('alter-generated') });
  }
  return changes;
}

function diffConstraints(base: SchemaSnapshot, head: SchemaSnapshot, context: TableContext): ColumnDetailChange[] {
  const { baseTable, headTable } = context;
  const onTable = (snapshot: SchemaSnapshot, table: TableSnapshot) =>
    snapshot.constraints.filter((constraint) => constraint.schema === table.schema && constraint.table === table.name);
  const involved = (snapshot: SchemaSnapshot, table: TableSnapshot, constraint: ConstraintSnapshot) =>
    columnsOf(snapshot, table, constraint.columns, 'constraint', table.schema, `${table.name}.${constraint.name}`);
  return diffObjects(onTable(base, baseTable), onTable(head, headTable), context, {
    key: (constraint, side) => `${constraint.kind} ${side === 'head' ? toBaseNames(constraint.definition, context) : constraint.definition}`,
    baseColumns: (constraint) => involved(base, baseTable, constraint),
    headColumns: (constraint) => involved(head, headTable, constraint),
    event: (change, name) => {
      const named = (kind: MigrationEvent['kind'], eventName: string | undefined) =>
        findEvent(context.events, baseTable, context.tableNames, (event) => event.kind === kind && 'name' in event && event.name === eventName);
      if (change === 'dropped') return named('drop-constraint', name);
      return named('add-constraint', name) ?? (change === 'changed' ? named('drop-constraint', name) : named('add-constraint', undefined));
    },
    change: (constraint, change, definitions) => ({
      kind: 'column-constraint-changed',
      change,
      constraint: { kind: constraint.kind, name: constraint.name },
      ...definitions,
    }),
  });
}

function diffIndexes(base: SchemaSnapshot, head: SchemaSnapshot, context: TableContext): ColumnDetailChange[] {
  const { baseTable, headTable } = context;
  const onTable = (snapshot: SchemaSnapshot, table: TableSnapshot) =>
    snapshot.indexes.filter((index) => index.schema === table.schema && index.table === table.name);
  const involved = (snapshot: SchemaSnapshot, table: TableSnapshot, index: IndexSnapshot) =>
    columnsOf(
      snapshot,
      table,
      index.columns.flatMap((name) => (name === null ? [] : [name])),
      'index',
      index.schema,
      index.name,
    );
  return diffObjects(onTable(base, baseTable), onTable(head, headTable), context, {
    key: (index, side) => {
      const withoutName = replaceIdentifiers(index.definition, new Map([[index.name, '?']]));
      return side === 'head' ? toBaseNames(withoutName, context) : withoutName;
    },
    baseColumns: (index) => involved(base, baseTable, index),
    headColumns: (index) => involved(head, headTable, index),
    event: (change, name) => {
      // A UNIQUE, PRIMARY KEY or EXCLUDE constraint makes and drops the index of its name.
      const named = (...kinds: MigrationEvent['kind'][]) =>
        context.events.find((event) => kinds.includes(event.kind) && 'name' in event && event.name === name);
      const dropped = () => named('drop-index') ?? named('drop-constraint');
      if (change === 'dropped') return dropped();
      return named('create-index') ?? named('add-constraint') ?? (change === 'changed' ? dropped() : undefined);
    },
    change: (index, change, definitions) => ({
      kind: 'column-index-changed',
      change,
      index: { schema: index.schema, name: index.name, unique: index.unique },
      ...definitions,
    }),
  });
}

interface ObjectDiff<T extends { readonly name: string; readonly definition: string }> {
  /** What must be equal for two objects to be the same, names of the head side mapped to the base's. */
  readonly key: (object: T, side: 'base' | 'head') => string;
  /** Column names the object involves, in base (base object) or head (head object) names. */
  readonly baseColumns: (object: T) => readonly string[];
  readonly headColumns: (object: T) => readonly string[];
  readonly event: (change: ObjectChange, name: string) => MigrationEvent | undefined;
  readonly change: (
    object: T,
    change: ObjectChange,
    definitions: { readonly from?: string; readonly to?: string },
  ) => Omit<Extract<ColumnDetailChange, { kind: 'column-constraint-changed' | 'column-index-changed' }>, 'column' | 'migration'>;
}

/** Pairs objects by name, then reports per involved column (that exists on both sides) what was added, dropped or changed. */
function diffObjects<T extends { readonly name: string; readonly definition: string }>(
  baseObjects: readonly T[],
  headObjects: readonly T[],
  context: TableContext,
  diff: ObjectDiff<T>,
): ColumnDetailChange[] {
  const headByName = new Map(headObjects.map((object) => [object.name, object]));
  const baseNames = new Set(baseObjects.map((object) => object.name));
  const droppedKeys = new Set<string>();
  const changes: ColumnDetailChange[] = [];
  const report = (object: T, change: ObjectChange, columns: readonly string[], definitions: { from?: string; to?: string }) => {
    const at = located(diff.event(change, object.name));
    for (const name of new Set(columns)) {
      if (!context.baseNames.has(name)) continue;
      const column = { schema: context.baseTable.schema, table: context.baseTable.name, column: name };
      changes.push({ ...diff.change(object, change, definitions), column, ...at } as ColumnDetailChange);
    }
  };
  const dropped: T[] = [];
  for (const baseObject of baseObjects) {
    const headObject = headByName.get(baseObject.name);
    if (!headObject) {
      dropped.push(baseObject);
      droppedKeys.add(diff.key(baseObject, 'base'));
    } else if (diff.key(baseObject, 'base') !== diff.key(headObject, 'head')) {
      const columns = [...diff.baseColumns(baseObject), ...diff.headColumns(headObject).map((name) => context.headToBase.get(name) ?? '')];
      report(baseObject, 'changed', columns, { from: baseObject.definition, to: headObject.definition });
    }
  }
  const added = headObjects.filter((object) => !baseNames.has(object.name));
  const addedKeys = new Set(added.map((object) => diff.key(object, 'head')));
  for (const baseObject of dropped) {
    if (addedKeys.has(diff.key(baseObject, 'base'))) continue; // renamed only
    report(baseObject, 'dropped', diff.baseColumns(baseObject), { from: baseObject.definition });
  }
  for (const headObject of added) {
    if (droppedKeys.has(diff.key(headObject, 'head'))) continue;
    report(headObject, 'added', diff.headColumns(headObject).map((name) => context.headToBase.get(name) ?? ''), { to: headObject.definition });
  }
  return changes;
}

/** Key columns plus the columns pg_depend says the object depends on (expressions, predicates, CHECK bodies). */
function columnsOf(
  snapshot: SchemaSnapshot,
  table: TableSnapshot,
  keyColumns: readonly string[],
  kind: 'constraint' | 'index',
  objectSchema: string,
  objectName: string,
): readonly string[] {
  const dependent = snapshot.dependencies
    .filter(
      (dependency) =>
        dependency.schema === table.schema &&
        dependency.table === table.name &&
        dependency.object.kind === kind &&
        dependency.object.schema === objectSchema &&
        dependency.object.name === objectName,
    )
    .map((dependency) => dependency.column);
  return [...new Set([...keyColumns, ...dependent])];
}

/** A head definition with the head's names of renamed columns and of a renamed table put back to the base's. */
function toBaseNames(definition: string, context: TableContext): string {
  const renames = new Map([...context.headToBase].filter(([headName, baseName]) => headName !== baseName));
  if (context.headTable.name !== context.baseTable.name) renames.set(context.headTable.name, context.baseTable.name);
  return renames.size === 0 ? definition : replaceIdentifiers(definition, renames);
}

/** Replaces identifier tokens (plain or quoted) by name, using the SQL scanner so strings and comments are left alone. */
function replaceIdentifiers(sql: string, names: ReadonlyMap<string, string>): string {
  const bytes = Buffer.from(sql, 'utf8');
  let result = '';
  let from = 0;
  for (const token of scanSqlTokens(sql)) {
    const text = bytes.subarray(token.start, token.end).toString('utf8');
    const name = /^".*"$/.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text;
    const replacement = names.get(name);
    if (replacement === undefined || (token.tokenName !== 'IDENT' && token.keywordKind === 0 && !/^".*"$/.test(text))) continue;
    result += bytes.subarray(from, token.start).toString('utf8') + replacement;
    from = token.end;
  }
  return result + bytes.subarray(from).toString('utf8');
}

const DETAIL_ORDER: readonly ColumnDetailChange['kind'][] = [
  'column-identity-changed',
  'column-generated-changed',
  'column-constraint-changed',
  'column-index-changed',
];

function objectName(change: ColumnDetailChange): string {
  if (change.kind === 'column-constraint-changed') return change.constraint.name;
  if (change.kind === 'column-index-changed') return change.index.name;
  return '';
}

function compareDetailChanges(a: ColumnDetailChange, b: ColumnDetailChange): number {
  return (
    compareStrings(a.column.schema, b.column.schema) ||
    compareStrings(a.column.table, b.column.table) ||
    compareStrings(a.column.column, b.column.column) ||
    DETAIL_ORDER.indexOf(a.kind) - DETAIL_ORDER.indexOf(b.kind) ||
    compareStrings(objectName(a), objectName(b))
  );
}
