import type {
  ColumnDependency,
  ColumnSnapshot,
  ConstraintKind,
  ConstraintSnapshot,
  DependentObjectKind,
  ForeignKeyAction,
  PolicySnapshot,
  SchemaSnapshot,
  TableSnapshot,
} from '@ripple/model';
import { compareStrings } from '@ripple/model';
import { findFunctionBodyDependencies } from './function-body-dependencies.js';
import { normaliseViewDefinition } from './normalise-view-definition.js';
import type { RawCatalog, RawColumn, RawConstraint, RawRelation } from './raw-catalog.js';

const RELATION_KINDS = { r: 'table', p: 'partitioned-table', f: 'foreign-table' } as const;
const CONSTRAINT_KINDS: Readonly<Record<RawConstraint['type'], ConstraintKind>> = {
  p: 'primary-key',
  u: 'unique',
  c: 'check',
  f: 'foreign-key',
  x: 'exclusion',
};
const FOREIGN_KEY_ACTIONS: Readonly<Record<string, ForeignKeyAction>> = {
  a: 'no-action',
  r: 'restrict',
  c: 'cascade',
  n: 'set-null',
  d: 'set-default',
};
const POLICY_COMMANDS: Readonly<Record<string, PolicySnapshot['command']>> = {
  '*': 'all',
  r: 'select',
  a: 'insert',
  w: 'update',
  d: 'delete',
};
const DEPENDENT_KINDS: ReadonlySet<string> = new Set<DependentObjectKind>([
  'view',
  'materialized-view',
  'index',
  'constraint',
  'trigger',
  'function',
  'procedure',
  'policy',
  'default',
  'generated-column',
  'sequence',
]);

/**
 * Folds the catalog rows into a `SchemaSnapshot`. Pure (libpg-query must be loaded, for function bodies): the same
 * rows give the same snapshot, every list sorted by qualified name.
 */
export function foldSnapshot(raw: RawCatalog): SchemaSnapshot {
  const columnsByTable = groupBy(raw.columns, (column) => `${column.schema}.${column.table}`);
  const columnNames = new Map<string, ReadonlyMap<number, string>>();
  const columnNamesOf = (table: string): ReadonlyMap<number, string> => {
    let names = columnNames.get(table);
    if (!names) columnNames.set(table, (names = new Map((columnsByTable.get(table) ?? []).map((column) => [column.position, column.name]))));
    return names;
  };
  const tables = raw.relations.map((relation) => foldTable(relation, columnsByTable.get(`${relation.schema}.${relation.name}`) ?? []));
  const catalogDependencies: ColumnDependency[] = raw.columnDependencies
    .filter((row) => DEPENDENT_KINDS.has(row.object_kind))
    .map((row) => ({
      schema: row.schema,
      table: row.table,
      column: row.column,
      object: { kind: row.object_kind as DependentObjectKind, schema: row.object_schema, name: row.object_name },
      source: 'pg_depend',
    }));
  const triggerDependencies: ColumnDependency[] = raw.triggers.flatMap((trigger) =>
    trigger.columns.map((column) => ({
      schema: trigger.schema,
      table: trigger.table,
      column,
      object: { kind: 'trigger' as const, schema: trigger.schema, name: `${trigger.table}.${trigger.name}` },
      source: 'pg_trigger' as const,
    })),
  );
  const bodyDependencies = findFunctionBodyDependencies(raw.functions, raw.triggers, tables);
  return {
    kind: 'schema-snapshot',
    schemas: [...raw.schemas].sort(compareStrings),
    tables: tables.sort(compareQualified),
    views: raw.views
      .map((view) => ({
        kind: view.relkind === 'm' ? ('materialized-view' as const) : ('view' as const),
        schema: view.schema,
        name: view.name,
        // Only PostgreSQL before 16 qualifies one-table view columns (see normaliseViewDefinition).
        definition: raw.serverVersion !== undefined && raw.serverVersion >= 160000 ? view.definition : normaliseViewDefinition(view.definition),
      }))
      .sort(compareQualified),
    indexes: raw.indexes
      .map((index) => ({
        schema: index.schema,
        name: index.name,
        table: index.table,
        unique: index.unique,
        method: index.method,
        columns: index.columns ?? index.column_positions.map((position) => (position === 0 ? null : (columnNamesOf(`${index.schema}.${index.table}`).get(position) ?? null))),
        ...(index.predicate !== null ? { predicate: index.predicate } : {}),
        definition: index.definition,
      }))
      .sort(compareQualified),
    constraints: raw.constraints
      .map((constraint) =>
        foldConstraint(
          constraint,
          columnNamesOf(`${constraint.schema}.${constraint.table}`),
          columnNamesOf(`${constraint.ref_schema ?? ''}.${constraint.ref_table ?? ''}`),
        ),
      )
      .sort(compareTableScoped),
    dependencies: uniqueDependencies([...catalogDependencies, ...triggerDependencies, ...bodyDependencies]),
    triggers: raw.triggers
      .map((trigger) => ({
        schema: trigger.schema,
        table: trigger.table,
        name: trigger.name,
        function: `${trigger.function_schema}.${trigger.function_name}`,
        columns: trigger.columns,
        definition: trigger.definition,
      }))
      .sort(compareTableScoped),
    functions: raw.functions
      .map((fn) => ({
        kind: fn.prokind === 'p' ? ('procedure' as const) : ('function' as const),
        schema: fn.schema,
        name: fn.name,
        arguments: fn.arguments,
        ...(fn.returns !== null ? { returns: fn.returns } : {}),
        language: fn.language,
        body: fn.body,
      }))
      .sort((a, b) => compareQualified(a, b) || compareStrings(a.arguments, b.arguments)),
    policies: raw.policies
      .map((policy) => ({
        schema: policy.schema,
        table: policy.table,
        name: policy.name,
        command: POLICY_COMMANDS[policy.command] ?? 'all',
        permissive: policy.permissive,
        roles: [...policy.roles].sort(compareStrings),
        ...(policy.using_expression !== null ? { using: policy.using_expression } : {}),
        ...(policy.with_check !== null ? { withCheck: policy.with_check } : {}),
      }))
      .sort(compareTableScoped),
    enums: raw.enums.map((type) => ({ schema: type.schema, name: type.name, labels: type.labels })).sort(compareQualified),
    domains: raw.domains
      .map((domain) => ({
        schema: domain.schema,
        name: domain.name,
        type: domain.type,
        nullable: domain.nullable,
        ...(domain.default_expression !== null ? { default: domain.default_expression } : {}),
        checks: domain.check_names.map((name, index) => ({ name, definition: domain.check_definitions[index] ?? '' })),
      }))
      .sort(compareQualified),
    sequences: raw.sequences
      .map((sequence) => ({
        schema: sequence.schema,
        name: sequence.name,
        type: sequence.type,
        ...(sequence.owned_by_table !== null && sequence.owned_by_column !== null
          ? { ownedBy: { table: sequence.owned_by_table, column: sequence.owned_by_column } }
          : {}),
      }))
      .sort(compareQualified),
    extensions: raw.extensions
      .map((extension) => ({ name: extension.name, schema: extension.schema, version: extension.version }))
      .sort((a, b) => compareStrings(a.name, b.name)),
  };
}

function foldTable(relation: RawRelation, columns: readonly RawColumn[]): TableSnapshot {
  return {
    kind: RELATION_KINDS[relation.relkind],
    schema: relation.schema,
    name: relation.name,
    columns: [...columns].sort((a, b) => a.position - b.position).map(foldColumn),
    ...(relation.comment !== null ? { comment: relation.comment } : {}),
    ...(relation.partition_key !== null ? { partitionKey: relation.partition_key } : {}),
    ...(relation.parent_schema !== null && relation.parent_name !== null
      ? { partitionOf: { schema: relation.parent_schema, table: relation.parent_name, bound: relation.partition_bound ?? '' } }
      : {}),
  };
}

function foldColumn(column: RawColumn): ColumnSnapshot {
  const generated = column.generated === 's' ? 'stored' : column.generated === 'v' ? 'virtual' : undefined;
  const identity = column.identity === 'a' ? 'always' : column.identity === 'd' ? 'by-default' : undefined;
  // Built by assignment, not spreads: this runs once per column of the database.
  const folded: { -readonly [K in keyof ColumnSnapshot]: ColumnSnapshot[K] } = {
    name: column.name,
    position: column.position,
    type: column.type,
    nullable: column.nullable,
  };
  if (column.expression !== null && generated === undefined) folded.default = column.expression;
  if (identity) folded.identity = identity;
  if (generated && column.expression !== null) folded.generated = { kind: generated, expression: column.expression };
  if (column.collation !== null) folded.collation = column.collation;
  if (column.comment !== null) folded.comment = column.comment;
  return folded;
}

function foldConstraint(constraint: RawConstraint, names: ReadonlyMap<number, string>, referencedNames: ReadonlyMap<number, string>): ConstraintSnapshot {
  const foreignKey = constraint.type === 'f' && constraint.ref_schema !== null && constraint.ref_table !== null;
  return {
    kind: CONSTRAINT_KINDS[constraint.type],
    schema: constraint.schema,
    table: constraint.table,
    name: constraint.name,
    columns: constraint.column_positions.flatMap((position) => names.get(position) ?? []),
    definition: constraint.definition,
    ...(foreignKey
      ? {
          references: {
            schema: constraint.ref_schema!,
            table: constraint.ref_table!,
            columns: constraint.ref_columns ?? constraint.ref_positions.flatMap((position) => referencedNames.get(position) ?? []),
          },
          onUpdate: FOREIGN_KEY_ACTIONS[constraint.on_update] ?? 'no-action',
          onDelete: FOREIGN_KEY_ACTIONS[constraint.on_delete] ?? 'no-action',
        }
      : {}),
  };
}

/** Sorted by column, then object; one entry per (column, object), the catalog's source winning over parsed bodies. */
export function uniqueDependencies(dependencies: readonly ColumnDependency[]): ColumnDependency[] {
  const sourceRank = { pg_depend: 0, pg_trigger: 1, 'function-body': 2 } as const;
  const sorted = [...dependencies].sort(
    (a, b) =>
      compareStrings(a.schema, b.schema) ||
      compareStrings(a.table, b.table) ||
      compareStrings(a.column, b.column) ||
      compareStrings(a.object.kind, b.object.kind) ||
      compareStrings(a.object.schema, b.object.schema) ||
      compareStrings(a.object.name, b.object.name) ||
      sourceRank[a.source] - sourceRank[b.source],
  );
  return sorted.filter((dependency, index) => {
    const previous = sorted[index - 1];
    return (
      !previous ||
      previous.schema !== dependency.schema ||
      previous.table !== dependency.table ||
      previous.column !== dependency.column ||
      previous.object.kind !== dependency.object.kind ||
      previous.object.schema !== dependency.object.schema ||
      previous.object.name !== dependency.object.name
    );
  });
}

/** Objects named within a table (constraints, triggers, policies): by schema, table, name. */
function compareTableScoped(a: { schema: string; table: string; name: string }, b: { schema: string; table: string; name: string }): number {
  return compareStrings(a.schema, b.schema) || compareStrings(a.table, b.table) || compareStrings(a.name, b.name);
}

function compareQualified(a: { schema: string; name: string }, b: { schema: string; name: string }): number {
  return compareStrings(a.schema, b.schema) || compareStrings(a.name, b.name);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
