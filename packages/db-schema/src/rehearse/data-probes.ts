import { parseSync } from 'libpg-query';
import type { MigrationStatement } from '../migrations/migration.js';

/**
 * A count of the rows that make a statement fail, or that it touches: the SQL to run on the data before the
 * statement (it returns one `count` column), and the rule it supports. Read from the statement's parse tree.
 */
export interface DataProbe {
  readonly rule: DataRule;
  /** The table as written (unquoted). */
  readonly table: string;
  /** `customers.email`, or the constraint or index, as the finding names it. */
  readonly subject: string;
  readonly sql: string;
}

export type DataRule = 'data-not-null-violated' | 'data-unique-violated' | 'data-cast-fails' | 'data-check-violated' | 'data-foreign-key-violated' | 'data-full-table-update';

interface RangeVar {
  readonly schemaname?: string;
  readonly relname: string;
}
type Node = Readonly<Record<string, unknown>>;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const tableName = (relation: RangeVar) => (relation.schemaname ? `${quote(relation.schemaname)}.${quote(relation.relname)}` : quote(relation.relname));
/** The table as the finding names it: as written, unquoted. */
const shownName = (relation: RangeVar) => (relation.schemaname ? `${relation.schemaname}.${relation.relname}` : relation.relname);
const strings = (list: unknown): string[] => ((list ?? []) as { String?: { sval?: string } }[]).flatMap((item) => (item.String?.sval !== undefined ? [item.String.sval] : []));

/** The probes of one statement (none for a statement whose failure no row causes). `libpg-query` must be loaded. */
export function dataProbes(statement: MigrationStatement): DataProbe[] {
  let stmts: readonly { readonly stmt?: Readonly<Record<string, Node>> }[];
  try {
    stmts = (parseSync(statement.sql) as unknown as { stmts?: typeof stmts }).stmts ?? [];
  } catch {
    return [];
  }
  return stmts.flatMap(({ stmt }) => {
    const [type, node] = Object.entries(stmt ?? {})[0] ?? [];
    if (type === 'AlterTableStmt' && node) return alterTableProbes(node, statement.sql);
    if (type === 'IndexStmt' && node) return indexProbes(node);
    if (type === 'UpdateStmt' && node && node['whereClause'] === undefined) {
      const relation = node['relation'] as RangeVar;
      return [{ rule: 'data-full-table-update' as const, table: shownName(relation), subject: shownName(relation), sql: `SELECT count(*)::int AS count FROM ${tableName(relation)}` }];
    }
    return [];
  });
}

function alterTableProbes(node: Node, sql: string): DataProbe[] {
  if (node['objtype'] !== undefined && node['objtype'] !== 'OBJECT_TABLE') return [];
  const relation = node['relation'] as RangeVar;
  const table = tableName(relation);
  const shown = shownName(relation);
  return ((node['cmds'] ?? []) as { AlterTableCmd?: Node }[]).flatMap(({ AlterTableCmd: cmd }): DataProbe[] => {
    if (!cmd) return [];
    const column = typeof cmd['name'] === 'string' ? cmd['name'] : undefined;
    const def = (cmd['def'] ?? {}) as { ColumnDef?: Node; Constraint?: Node };
    switch (cmd['subtype']) {
      case 'AT_SetNotNull':
        return column ? [{ rule: 'data-not-null-violated', table, subject: `${shown}.${column}`, sql: `SELECT count(*)::int AS count FROM ${table} WHERE ${quote(column)} IS NULL` }] : [];
      case 'AT_AddColumn': {
        const constraints = ((def.ColumnDef?.['constraints'] ?? []) as { Constraint?: Node }[]).map((item) => item.Constraint?.['contype']);
        const name = def.ColumnDef?.['colname'] as string | undefined;
        // NOT NULL without a default: every existing row gets NULL, so every row violates it.
        return name && constraints.includes('CONSTR_NOTNULL') && !constraints.includes('CONSTR_DEFAULT') && !constraints.includes('CONSTR_IDENTITY') && !constraints.includes('CONSTR_GENERATED')
          ? [{ rule: 'data-not-null-violated', table, subject: `${shown}.${name}`, sql: `SELECT count(*)::int AS count FROM ${table}` }]
          : [];
      }
      case 'AT_AlterColumnType': {
        const typeName = def.ColumnDef?.['typeName'] as Node | undefined;
        // Without USING, or with `USING column::type`: the values convert by the type's input function.
        const using = def.ColumnDef?.['raw_default'] as { TypeCast?: { arg?: { ColumnRef?: { fields?: unknown } } } } | undefined;
        const castOfColumn = using?.TypeCast !== undefined && strings(using.TypeCast.arg?.ColumnRef?.fields).join('.') === column;
        if (!column || !typeName || (using !== undefined && !castOfColumn)) return [];
        return [{ rule: 'data-cast-fails', table, subject: `${shown}.${column}`, sql: `SELECT count(*)::int AS count FROM ${table} WHERE ${quote(column)} IS NOT NULL AND NOT pg_catalog.pg_input_is_valid(${quote(column)}::text, ${literal(typeText(typeName))})` }];
      }
      case 'AT_AddConstraint':
        return def.Constraint ? constraintProbes(table, shown, def.Constraint, sql) : [];
      default:
        return [];
    }
  });
}

function constraintProbes(table: string, shown: string, constraint: Node, sql: string): DataProbe[] {
  if (constraint['skip_validation'] === true) return []; // NOT VALID: existing rows are not checked
  const name = typeof constraint['conname'] === 'string' ? constraint['conname'] : undefined;
  switch (constraint['contype']) {
    case 'CONSTR_CHECK': {
      // libpg-query's locations are byte offsets
      const from = Buffer.from(sql, 'utf8').subarray(0, Number(constraint['location'] ?? 0)).toString('utf8').length;
      const expression = parenthesised(sql, from);
      // A CHECK passes on NULL: only rows where the expression is false violate it.
      return expression ? [{ rule: 'data-check-violated', table, subject: name ?? shown, sql: `SELECT count(*)::int AS count FROM ${table} WHERE NOT ${expression}` }] : [];
    }
    case 'CONSTR_UNIQUE':
    case 'CONSTR_PRIMARY': {
      const keys = strings(constraint['keys']);
      return keys.length > 0 ? [duplicatesProbe(table, name ?? shown, keys)] : [];
    }
    case 'CONSTR_FOREIGN': {
      const columns = strings(constraint['fk_attrs']);
      const referenced = constraint['pktable'] as RangeVar | undefined;
      const referencedColumns = strings(constraint['pk_attrs']);
      if (!referenced || columns.length === 0 || referencedColumns.length !== columns.length) return [];
      const present = columns.map((column) => `c.${quote(column)} IS NOT NULL`).join(' AND ');
      const matches = columns.map((column, index) => `p.${quote(referencedColumns[index]!)} = c.${quote(column)}`).join(' AND ');
      return [{ rule: 'data-foreign-key-violated', table, subject: name ?? shown, sql: `SELECT count(*)::int AS count FROM ${table} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${tableName(referenced)} p WHERE ${matches})` }];
    }
    default:
      return [];
  }
}

function indexProbes(node: Node): DataProbe[] {
  if (node['unique'] !== true || node['whereClause'] !== undefined) return [];
  const params = ((node['indexParams'] ?? []) as { IndexElem?: { name?: string } }[]).map((param) => param.IndexElem?.name);
  if (params.length === 0 || params.some((name) => name === undefined)) return []; // an expression index: no probe
  const relation = node['relation'] as RangeVar;
  return [duplicatesProbe(tableName(relation), typeof node['idxname'] === 'string' ? node['idxname'] : shownName(relation), params as string[])];
}

/** Rows whose key another row has too (NULLs are never equal, so they never collide). */
function duplicatesProbe(table: string, subject: string, keys: readonly string[]): DataProbe {
  const columns = keys.map(quote).join(', ');
  const present = keys.map((key) => `${quote(key)} IS NOT NULL`).join(' AND ');
  return { rule: 'data-unique-violated', table, subject, sql: `SELECT COALESCE(sum(n), 0)::int AS count FROM (SELECT count(*) AS n FROM ${table} WHERE ${present} GROUP BY ${columns} HAVING count(*) > 1) d` };
}

/** `numeric(10,2)`, `int4`, `text[]`: the type as `pg_input_is_valid` takes it. */
function typeText(typeName: Node): string {
  const names = strings(typeName['names']);
  const modifiers = ((typeName['typmods'] ?? []) as { A_Const?: { ival?: { ival?: number } } }[]).map((mod) => mod.A_Const?.ival?.ival ?? 0);
  const bounds = ((typeName['arrayBounds'] ?? []) as unknown[]).map(() => '[]').join('');
  return `${names.map(quote).join('.')}${modifiers.length > 0 ? `(${modifiers.join(',')})` : ''}${bounds}`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The parenthesised expression after `CHECK` at or after `from` in `sql`, parentheses included, skipping quoted
 * strings and identifiers; undefined when it does not close.
 */
function parenthesised(sql: string, from: number): string | undefined {
  const check = /check\s*\(/i.exec(sql.slice(from));
  if (!check) return undefined;
  const open = from + check.index + check[0].length - 1;
  let depth = 0;
  for (let at = open; at < sql.length; at += 1) {
    const char = sql[at]!;
    if (char === "'" || char === '"') {
      const close = sql.indexOf(char, at + 1);
      if (close === -1) return undefined;
      at = close;
    } else if (char === '(') depth += 1;
    else if (char === ')' && (depth -= 1) === 0) return sql.slice(open, at + 1);
  }
  return undefined;
}
