import { parseSync } from 'libpg-query';
import type { Migration } from './migration.js';

/**
 * The migration runner's own table in a schema dump that holds data (`SequelizeMeta`, `knex_migrations`, ...): the
 * migrations already applied to the database the dump was taken from. A runner started on the restored dump skips
 * them; so does Ripple, for a history that starts from the dump (`migrations.initialSchema`).
 */
export interface DumpJournal {
  /** The table, as the dump names it: `public.SequelizeMeta`. */
  readonly table: string;
  /** What its rows say was applied: file names, versions or migration names, as the runner writes them. */
  readonly applied: ReadonlySet<string>;
}

/** Runner tables and the column naming each applied migration. */
const JOURNAL_TABLES: ReadonlyMap<string, string> = new Map([
  ['SequelizeMeta', 'name'],
  ['knex_migrations', 'name'],
  ['kysely_migration', 'name'],
  ['pgmigrations', 'name'],
  ['mikro_orm_migrations', 'name'],
  ['migrations', 'name'],
  ['_prisma_migrations', 'migration_name'],
  ['schema_migrations', 'version'],
  ['flyway_schema_history', 'script'],
]);

/** Whether a table of this name may be a runner's journal: only those tables' data is read from an archive. */
export function mayBeJournal(table: string): boolean {
  return JOURNAL_TABLES.has(table);
}

/** A `COPY table (columns) FROM stdin` of a dump and the text of its rows. */
export interface CopyBlock {
  readonly statement: string;
  readonly rows: string;
}

/**
 * The journal among a dump's COPY blocks: the first block whose table is a runner's journal and which has that
 * runner's name column. `undefined` when the dump holds none (a schema-only dump).
 */
export function dumpJournal(blocks: Iterable<CopyBlock>): DumpJournal | undefined {
  for (const block of blocks) {
    const target = copyTarget(block.statement);
    const column = target ? JOURNAL_TABLES.get(target.table) : undefined;
    if (!target || !column) continue;
    const index = target.columns.indexOf(column);
    if (index < 0) continue;
    const applied = new Set<string>();
    for (const line of block.rows.split('\n')) {
      if (line === '' || line === '\\.') continue;
      const value = line.split('\t')[index];
      if (value !== undefined && value !== '\\N') applied.add(value);
    }
    return { table: target.schema ? `${target.schema}.${target.table}` : target.table, applied };
  }
  return undefined;
}

/** Whether the journal lists a migration, under any of the names runners record: file, file stem, version, name. */
export function isRecorded(journal: DumpJournal, migration: Migration): boolean {
  const base = migration.file.split('/').pop() ?? migration.file;
  const folder = migration.file.split('/').slice(-2, -1)[0];
  const names = [base, base.replace(/\.[^.]+$/, ''), migration.version, migration.name, folder];
  return names.some((name) => name !== undefined && name !== '' && journal.applied.has(name));
}

/** The COPY blocks of a plain-text dump: each `COPY ... FROM stdin;` line and the rows up to its `\.`. */
export function plainDumpCopyBlocks(text: string): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!isCopyFromStdin(line)) continue;
    const end = lines.indexOf('\\.', index + 1);
    const last = end < 0 ? lines.length : end;
    blocks.push({ statement: line, rows: lines.slice(index + 1, last).join('\n') });
    index = last;
  }
  return blocks;
}

/** A dump's line that starts a `COPY ... FROM stdin;` data block (its rows follow, up to a `\.` line). */
export function isCopyFromStdin(line: string): boolean {
  return /^COPY\b.*\bFROM\s+stdin;\s*$/i.test(line);
}

/** The table and column list of a `COPY ... FROM stdin` statement, read from its parse tree. */
function copyTarget(statement: string): { schema: string | undefined; table: string; columns: string[] } | undefined {
  let parsed: unknown;
  try {
    parsed = parseSync(statement);
  } catch {
    return undefined;
  }
  const copy = (parsed as { stmts?: { stmt?: { CopyStmt?: CopyStatement } }[] }).stmts?.[0]?.stmt?.CopyStmt;
  if (!copy?.is_from || !copy.relation?.relname) return undefined;
  const columns = (copy.attlist ?? []).map((item) => item.String?.sval ?? '');
  return { schema: copy.relation.schemaname, table: copy.relation.relname, columns };
}

interface CopyStatement {
  readonly is_from?: boolean;
  readonly relation?: { readonly relname?: string; readonly schemaname?: string };
  readonly attlist?: readonly { readonly String?: { readonly sval?: string } }[];
}
