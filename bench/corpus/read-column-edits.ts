import { parseSync } from 'libpg-query';
import { INTERPOLATED_TABLE, type ChangeKind, type ColumnEdit } from './corpus-item.js';

type Edit = Omit<ColumnEdit, 'migration' | 'via'>;

/**
 * The column drops, renames and type changes a migration makes. SQL files are parsed with PostgreSQL's parser
 * (libpg-query); code migrations (TypeORM, MikroORM, Knex, Kysely, Sequelize) are read in two ways: every string
 * literal that holds `ALTER TABLE` is parsed as SQL, and the known builder calls (`dropColumn`, `renameColumn`,
 * `removeColumn`, `changeColumn`, `alterColumn(..setDataType)`, knex `.alter()`) are read with regular expressions
 * over the `up` half of the file. The miner accepts that simple reading: a missed edit only loses an item.
 */
export function readColumnEdits(file: string, text: string): ColumnEdit[] {
  const isSql = file.endsWith('.sql');
  const edits: ColumnEdit[] = [];
  if (isSql) {
    for (const edit of editsOfSql(text)) edits.push({ ...edit, migration: file, via: 'sql' });
    return dedupe(edits);
  }
  const up = upHalf(text);
  for (const literal of sqlLiterals(up)) for (const edit of editsOfSql(literal)) edits.push({ ...edit, migration: file, via: 'sql' });
  for (const edit of editsOfBuilderCalls(up)) edits.push({ ...edit, migration: file, via: 'builder' });
  return dedupe(edits);
}

/**
 * The edits of a commit's new migrations (in name order, the order they run), less those of a column an earlier one
 * of them adds: automatisch adds `app_key` in one migration and makes it NOT NULL by `.alter()` in a later one of the
 * same commit; for the code before the commit that column is new, not retyped.
 */
export function readCommitEdits(migrations: readonly { readonly file: string; readonly text: string }[]): ColumnEdit[] {
  // Each column's first addition, by the migration that makes it; edits keep the order the migrations are given in.
  const firstAddedIn = new Map<string, string>();
  for (const { file, text } of [...migrations].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const added of readColumnAdditions(file, text)) {
      const key = columnKey(added.table, added.column);
      if (!firstAddedIn.has(key)) firstAddedIn.set(key, file);
    }
  }
  return migrations.flatMap(({ file, text }) =>
    readColumnEdits(file, text).filter((edit) => {
      const addedIn = firstAddedIn.get(columnKey(edit.table, edit.column));
      return addedIn === undefined || addedIn.localeCompare(file) >= 0;
    }),
  );
}

function columnKey(table: string, column: string): string {
  return `${table}.${column}`.toLowerCase();
}

/**
 * Columns a migration adds, read as simply as its edits: `ADD COLUMN` in SQL (files and literals of code), Sequelize's
 * `addColumn('Table', 'column', ...)`, Kysely's `.addColumn('column', type)` and Knex's `t.string('column')` without
 * `.alter()`, on the nearest table-opening call before them. A name read wrongly only keeps an edit in.
 */
export function readColumnAdditions(file: string, text: string): { readonly table: string; readonly column: string }[] {
  if (file.endsWith('.sql')) return additionsOfSql(text);
  const up = upHalf(text);
  const additions = sqlLiterals(up).flatMap(additionsOfSql);
  const tableAt = tableOpenings(up);
  for (const match of up.matchAll(new RegExp(`\\baddColumn\\s*\\(\\s*${QUOTED}(?:\\s*,\\s*${QUOTED})?`, 'g'))) {
    // Sequelize names the table first; Kysely the column (its table is the chain's): both readings are kept.
    if (match[2]) additions.push({ table: match[1]!, column: match[2] });
    const table = tableAt(match.index);
    if (table) additions.push({ table, column: match[1]! });
  }
  for (const match of up.matchAll(new RegExp(`\\.(?:${KNEX_COLUMN_TYPES})\\(\\s*${QUOTED}([^;\\n]*)`, 'g'))) {
    const table = tableAt(match.index);
    if (table && !/\.alter\(\s*\)/.test(match[2] ?? '')) additions.push({ table, column: match[1]! });
  }
  return additions;
}

/** Knex's column types, as table builder methods. */
const KNEX_COLUMN_TYPES =
  'string|text|integer|bigInteger|bigint|smallint|tinyint|mediumint|boolean|uuid|timestamp|datetime|date|time|json|jsonb|decimal|float|double|enu|enum|specificType|binary|increments|bigIncrements';

function additionsOfSql(sql: string): { table: string; column: string }[] {
  let tree: { stmts?: { stmt?: Record<string, unknown> }[] };
  try {
    tree = parseSync(sql) as typeof tree;
  } catch {
    return [];
  }
  const additions: { table: string; column: string }[] = [];
  for (const { stmt } of tree.stmts ?? []) {
    const alter = stmt?.['AlterTableStmt'] as { relation?: RangeVar; cmds?: { AlterTableCmd?: { subtype?: string; def?: { ColumnDef?: { colname?: string } } } }[] } | undefined;
    const table = alter?.relation?.relname;
    for (const { AlterTableCmd: cmd } of alter?.cmds ?? []) {
      const column = cmd?.def?.ColumnDef?.colname;
      if (table && cmd?.subtype === 'AT_AddColumn' && column) additions.push({ table, column });
    }
  }
  return additions;
}

function dedupe(edits: readonly ColumnEdit[]): ColumnEdit[] {
  const seen = new Map<string, ColumnEdit>();
  for (const edit of edits) seen.set(`${edit.table}.${edit.column}:${edit.kind}`, seen.get(`${edit.table}.${edit.column}:${edit.kind}`) ?? edit);
  return [...seen.values()].sort((a, b) => `${a.table}.${a.column}${a.kind}`.localeCompare(`${b.table}.${b.column}${b.kind}`));
}

/** The text before the `down` migration: its drops undo the `up`'s additions. */
function upHalf(text: string): string {
  const down = /(\bexports\.down\b|\basync\s+down\s*\(|\bdown\s*\(\s*\w*\s*[:,)]|\bdown\s*:\s*(async\s*)?(function|\(|\w+\s*=>)|export\s+(async\s+)?function\s+down\b|export\s+const\s+down\b)/.exec(text);
  return down ? text.slice(0, down.index) : text;
}

/**
 * String and template literals that look like DDL, with `${NAME}` replaced by the string a `const NAME = '…'` of the
 * same file holds (nango's `const TABLE = 'records_seen'`), any other `${…}` by `INTERPOLATED_TABLE`.
 */
function sqlLiterals(text: string): string[] {
  const constants = new Map([...text.matchAll(/\bconst\s+(\w+)\s*=\s*(['"])([\w.]+)\2/g)].map((match) => [match[1]!, match[3]!]));
  const literals: string[] = [];
  const pattern = /`((?:\\[\s\S]|\$\{[^}]*\}|[^`\\])*)`|'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[1] ?? match[2] ?? match[3] ?? '';
    if (!/\balter\s+table\b/i.test(body)) continue;
    literals.push(body.replace(/\$\{(\w+)\}|\$\{[^}]*\}/g, (_: string, name: string | undefined) => (name === undefined ? INTERPOLATED_TABLE : (constants.get(name) ?? INTERPOLATED_TABLE))).replace(/\\(["'`])/g, '$1'));
  }
  return literals;
}

function editsOfSql(sql: string): Edit[] {
  const whole = parsed(sql, new Map(), new Set());
  if (whole !== undefined) return whole;
  // One bad statement (a psql meta-command, a dialect quirk) must not hide the others.
  const renamed = new Map<string, string>();
  const added = new Set<string>();
  return sql.split(/;\s*(?:\n|$)/).flatMap((part) => parsed(part, renamed, added) ?? []);
}

interface RangeVar {
  readonly schemaname?: string;
  readonly relname?: string;
}

/**
 * `renamed` maps a table's name after an `ALTER TABLE a RENAME TO b` of the same migration to its name before it:
 * an edit of `b` is an edit of the table the code knew as `a` (crowd.dev's securityInsights rename, 2025). `added`
 * holds the columns the migration has added so far (`table.column`): renaming one is no edit of a column the code
 * knew, and renaming one into the name of a column the migration dropped is that column retyped (Prisma's retype
 * through a temporary column: add `segmentId_temp`, copy, drop `segmentId`, rename `segmentId_temp` to `segmentId`).
 */
function parsed(sql: string, renamed: Map<string, string>, added: Set<string>): Edit[] | undefined {
  let tree: { stmts?: { stmt?: Record<string, unknown> }[] };
  try {
    tree = parseSync(sql) as typeof tree;
  } catch {
    return undefined;
  }
  const edits: Edit[] = [];
  for (const { stmt } of tree.stmts ?? []) {
    const alter = stmt?.['AlterTableStmt'] as { relation?: RangeVar; cmds?: { AlterTableCmd?: { subtype?: string; name?: string } }[] } | undefined;
    if (alter?.relation?.relname) {
      const table = renamed.get(alter.relation.relname) ?? alter.relation.relname;
      for (const { AlterTableCmd: cmd } of alter.cmds ?? []) {
        const addedColumn = (cmd as { def?: { ColumnDef?: { colname?: string } } } | undefined)?.def?.ColumnDef?.colname;
        if (cmd?.subtype === 'AT_AddColumn' && addedColumn) added.add(`${table}.${addedColumn}`);
        if (!cmd?.name) continue;
        if (cmd.subtype === 'AT_DropColumn') edits.push({ table, column: cmd.name, kind: 'drop' });
        if (cmd.subtype === 'AT_AlterColumnType') edits.push({ table, column: cmd.name, kind: 'retype' });
      }
    }
    const rename = stmt?.['RenameStmt'] as { renameType?: string; relation?: RangeVar; subname?: string; newname?: string } | undefined;
    const renamedFrom = rename?.relation?.relname;
    if (rename?.renameType === 'OBJECT_COLUMN' && renamedFrom && rename.subname && rename.newname) {
      const table = renamed.get(renamedFrom) ?? renamedFrom;
      const to = rename.newname;
      if (added.has(`${table}.${rename.subname}`)) {
        const dropped = edits.findIndex((edit) => edit.kind === 'drop' && edit.table === table && edit.column === to);
        if (dropped >= 0) edits[dropped] = { table, column: to, kind: 'retype' };
        added.add(`${table}.${to}`);
      } else edits.push({ table, column: rename.subname, kind: 'rename', to });
    }
    if (rename?.renameType === 'OBJECT_TABLE' && renamedFrom && rename.newname) renamed.set(rename.newname, renamed.get(renamedFrom) ?? renamedFrom);
  }
  return edits;
}

const QUOTED = `['"\`]([\\w.$-]+)['"\`]`;

/** The table of a call at an offset: the nearest table-opening call (`alterTable('t')`, knex's `table('t')`) before it. */
function tableOpenings(text: string): (at: number) => string | undefined {
  const tables = [...text.matchAll(new RegExp(`\\b(?:alterTable|table|createTable|schema\\.table)\\s*\\(\\s*${QUOTED}`, 'g'))].map((match) => ({
    at: match.index,
    name: match[1] ?? '',
  }));
  return (at) => tables.filter((table) => table.at < at).at(-1)?.name;
}

/** Whether an offset is inside the callback of a `.catch(` call: the nearest `.catch(` before it is still open there. */
function inCatch(text: string, offset: number): boolean {
  const start = text.lastIndexOf('.catch(', offset);
  if (start < 0) return false;
  let depth = 0;
  for (let index = start + '.catch'.length; index < offset; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return false;
  }
  return depth > 0;
}

/** Known builder calls; the table of a one-argument call is the nearest table-opening call before it. */
function editsOfBuilderCalls(text: string): Edit[] {
  const tableAt = tableOpenings(text);
  const edits: Edit[] = [];
  // Where each edit's call is, and the additions of the migration: what the order of calls decides.
  const at = new WeakMap<Edit, number>();
  const push = (table: string | undefined, column: string | undefined, kind: ChangeKind, to?: string, offset = 0): void => {
    if (!table || !column) return;
    const edit: Edit = to === undefined ? { table, column, kind } : { table, column, kind, to };
    at.set(edit, offset);
    edits.push(edit);
  };
  const args = (at: number): string[] => {
    const close = text.indexOf(')', at);
    const inside = text.slice(at, close < 0 ? at + 200 : close);
    return [...inside.matchAll(new RegExp(QUOTED, 'g'))].map((match) => match[1] ?? '');
  };
  const additions = [...text.matchAll(/\baddColumn\s*\(/g)].map((match) => ({ at: match.index, name: args(match.index + match[0].length) }));
  for (const match of text.matchAll(/\b(dropColumns?|removeColumn|renameColumn|changeColumn)\s*\(/g)) {
    // A call in a `.catch(...)` undoes the migration after a failure: not what it does.
    if (inCatch(text, match.index)) continue;
    const values = args(match.index + match[0].length);
    const call = match[1];
    const offset = match.index;
    if (call === 'dropColumns') for (const column of values) push(tableAt(match.index), column, 'drop', undefined, offset);
    else if (call === 'dropColumn' || call === 'removeColumn') {
      if (values.length >= 2) push(values[0], values[1], 'drop', undefined, offset);
      else push(tableAt(match.index), values[0], 'drop', undefined, offset);
    } else if (call === 'renameColumn') {
      if (values.length >= 3) push(values[0], values[1], 'rename', values[2], offset);
      else push(tableAt(match.index), values[0], 'rename', values[1], offset);
    } else if (call === 'changeColumn' && values.length >= 2) {
      // `addColumn('Members', 'since')` then `changeColumn('Members', 'since', ...)`: a column the migration adds is new.
      const addedBefore = additions.some((added) => added.at < offset && added.name[0] === values[0] && added.name[1] === values[1]);
      if (!addedBefore) push(values[0], values[1], 'retype', undefined, offset);
    }
  }
  // Sequelize `removeColumn('Tiers', 'customFields')` then `addColumn('Tiers', 'customFields', { type })`: a retype
  // (the column keeps its name with another type), not a drop. Only in that order: an addition removed after it is new.
  for (const added of additions) {
    const [table, column] = added.name;
    const dropped = edits.findIndex((edit) => edit.kind === 'drop' && edit.table === table && edit.column === column && (at.get(edit) ?? 0) < added.at);
    if (dropped >= 0) edits[dropped] = { table: table!, column: column!, kind: 'retype' };
  }
  // Kysely: .alterColumn('c', (col) => col.setDataType(...)); knex: t.text('c').alter()
  for (const match of text.matchAll(new RegExp(`\\balterColumn\\s*\\(\\s*${QUOTED}[^;]{0,200}?\\bsetDataType\\b`, 'g'))) {
    push(tableAt(match.index), match[1], 'retype');
  }
  for (const match of text.matchAll(new RegExp(`\\.\\w+\\(\\s*${QUOTED}[^;\\n]{0,120}?\\.alter\\(\\s*\\)`, 'g'))) {
    push(tableAt(match.index), match[1], 'retype');
  }
  return edits;
}
