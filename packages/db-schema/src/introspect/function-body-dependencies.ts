import type { ColumnDependency, ColumnRef, TableSnapshot } from '@ripple/model';
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { arrayField, attempt, nodesOfType, numberField, objectField, stringField } from './parse-tree-nodes.js';
import type { RawFunction, RawTrigger } from './raw-catalog.js';

/**
 * Columns named in function and procedure bodies, which pg_depend does not record (except for SQL-standard
 * `BEGIN ATOMIC` bodies). PL/pgSQL is parsed with `parsePlPgSQL`: `NEW.col` / `OLD.col` count for the tables whose
 * triggers call the function, and every embedded SQL statement is parsed with `parse`. `LANGUAGE sql` bodies are
 * parsed with `parse`. Within one statement, every table it names is in scope (subqueries included); an unqualified
 * column counts for each table in scope that has it. Dynamic SQL (`EXECUTE`) cannot be read and is not counted.
 */
export function findFunctionBodyDependencies(
  functions: readonly RawFunction[],
  triggers: readonly RawTrigger[],
  tables: readonly TableSnapshot[],
): ColumnDependency[] {
  if (functions.length === 0) return [];
  const catalog = new Map(tables.map((table) => [`${table.schema}.${table.name}`, new Set(table.columns.map((column) => column.name))]));
  const dependencies: ColumnDependency[] = [];
  for (const fn of functions) {
    const object = { kind: fn.prokind === 'p' ? ('procedure' as const) : ('function' as const), schema: fn.schema, name: fn.name };
    const triggerTables = triggers
      .filter((trigger) => trigger.function_schema === fn.schema && trigger.function_name === fn.name)
      .map((trigger) => ({ schema: trigger.schema, table: trigger.table }));
    const refs =
      fn.language === 'plpgsql'
        ? plpgsqlColumnRefs(fn, triggerTables, catalog)
        : fn.language === 'sql'
          ? sqlTextColumnRefs(fn.body.trimStart().toUpperCase().startsWith('BEGIN ATOMIC') ? fn.definition : fn.body, fn.schema, catalog)
          : [];
    for (const ref of refs) dependencies.push({ ...ref, object, source: 'function-body' });
  }
  return dependencies;
}

type Catalog = ReadonlyMap<string, ReadonlySet<string>>;

function plpgsqlColumnRefs(fn: RawFunction, triggerTables: readonly { schema: string; table: string }[], catalog: Catalog): ColumnRef[] {
  const parsed = attempt(() => parsePlPgSQLSync(fn.definition) as unknown);
  if (parsed === undefined) return [];
  const refs: ColumnRef[] = [];
  for (const node of nodesOfType(parsed, 'PLpgSQL_function')) {
    const datums = arrayField(node, 'datums');
    for (const datum of datums) {
      const field = objectField(datum, 'PLpgSQL_recfield');
      if (!field) continue;
      const parent = objectField(datums[numberField(field, 'recparentno') ?? 0], 'PLpgSQL_rec');
      const parentName = parent ? stringField(parent, 'refname') : undefined;
      const column = stringField(field, 'fieldname');
      if ((parentName !== 'new' && parentName !== 'old') || column === undefined) continue;
      for (const table of triggerTables) {
        if (catalog.get(`${table.schema}.${table.table}`)?.has(column)) refs.push({ ...table, column });
      }
    }
    for (const expression of nodesOfType(node, 'PLpgSQL_expr')) {
      const query = stringField(expression, 'query');
      if (query !== undefined) refs.push(...sqlTextColumnRefs(query, fn.schema, catalog));
    }
  }
  return refs;
}

/** PL/pgSQL keeps expressions and assignments as bare text: try them as a statement, an expression, an assignment. */
function sqlTextColumnRefs(sql: string, defaultSchema: string, catalog: Catalog): ColumnRef[] {
  const assignment = /^[^;]*?:=(.*)$/s.exec(sql);
  const candidates = [sql, `SELECT ${sql}`, ...(assignment ? [`SELECT ${assignment[1]}`] : [])];
  for (const candidate of candidates) {
    const parsed = attempt(() => parseSync(candidate) as unknown);
    if (parsed !== undefined) return arrayField(parsed, 'stmts').flatMap((stmt) => statementColumnRefs(stmt, defaultSchema, catalog));
  }
  return [];
}

interface ScopeTable {
  readonly schema: string;
  readonly table: string;
  readonly names: readonly string[];
}

function statementColumnRefs(statement: unknown, defaultSchema: string, catalog: Catalog): ColumnRef[] {
  const scope: ScopeTable[] = [];
  const targets = (['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt'] as const).flatMap((type) =>
    nodesOfType(statement, type).map((node) => objectField(node, 'relation')),
  );
  for (const rangeVar of [...nodesOfType(statement, 'RangeVar'), ...targets]) {
    const resolved = resolveTable(rangeVar, defaultSchema, catalog);
    if (resolved) scope.push(resolved);
  }
  if (scope.length === 0) return [];
  const refs: ColumnRef[] = [];
  const addIfColumn = (table: ScopeTable, column: string): void => {
    if (catalog.get(`${table.schema}.${table.table}`)?.has(column)) refs.push({ schema: table.schema, table: table.table, column });
  };
  for (const columnRef of nodesOfType(statement, 'ColumnRef')) {
    const fields = arrayField(columnRef, 'fields').map((field) => stringField(objectField(field, 'String'), 'sval'));
    if (fields.some((field) => field === undefined)) continue;
    const names = fields as string[];
    const column = names[names.length - 1]!;
    const qualifier = names.slice(0, -1);
    for (const table of scope) {
      if (qualifier.length === 0) addIfColumn(table, column);
      else if (qualifier.length === 1 && table.names.includes(qualifier[0]!)) addIfColumn(table, column);
      else if (qualifier.length === 2 && qualifier[0] === table.schema && qualifier[1] === table.table) addIfColumn(table, column);
    }
  }
  for (const [type, listField] of [
    ['InsertStmt', 'cols'],
    ['UpdateStmt', 'targetList'],
  ] as const) {
    for (const node of nodesOfType(statement, type)) {
      const target = resolveTable(objectField(node, 'relation'), defaultSchema, catalog);
      if (!target) continue;
      for (const item of arrayField(node, listField)) {
        const name = stringField(objectField(item, 'ResTarget'), 'name');
        if (name !== undefined) addIfColumn(target, name);
      }
    }
  }
  return refs;
}

function resolveTable(rangeVar: unknown, defaultSchema: string, catalog: Catalog): ScopeTable | undefined {
  const table = stringField(rangeVar, 'relname');
  if (table === undefined) return undefined;
  const explicit = stringField(rangeVar, 'schemaname');
  const schema = [explicit ?? defaultSchema, ...(explicit ? [] : ['public'])].find((candidate) => catalog.has(`${candidate}.${table}`));
  if (schema === undefined) return undefined;
  const alias = stringField(objectField(rangeVar, 'alias'), 'aliasname');
  return { schema, table, names: alias ? [alias] : [table] };
}
