import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RippleError, type Diagnostic } from '@ripple/model';
import { parseSync } from 'libpg-query';
import type { Migration, MigrationStatement } from './migration.js';
import { withoutByteOrderMark } from './migration-loader.js';
import { dumpJournal, isCopyFromStdin, mayBeJournal, plainDumpCopyBlocks, type DumpJournal } from './dump-journal.js';
import { quoteIdent } from '../rehearse/sample-values.js';
import { archiveSchemaSql, archiveTableData, isDumpArchive, readDumpArchive } from './pg-dump-archive.js';
import { loadSqlParser, splitStatements } from './split-statements.js';
import { eachParseNode } from './each-parse-node.js';

/** Roles every PostgreSQL (and PGlite) has. */
const EXISTING_ROLES: ReadonlySet<string> = new Set(['postgres', 'pg_database_owner', 'pg_read_all_data', 'pg_write_all_data']);

/**
 * A schema dump (`pg_dump -s`, Rails' `structure.sql`, a `schema.sql`, or a custom-format `pg_dump -Fc` archive, read
 * without pg_restore: see `readDumpArchive`) as the one base migration, for
 * `migrations.baseSchema`: the new migrations then apply on top of it instead of on the replayed history. `file` is
 * relative to `root`. See `schemaDumpMigration`. When the dump holds the rows of a migration runner's table
 * (`SequelizeMeta`, `knex_migrations`, ...), `journal` lists the migrations it records as applied.
 */
export async function loadSchemaDump(root: string, file: string): Promise<{ migration: Migration; diagnostics: Diagnostic[]; journal?: DumpJournal }> {
  const bytes = await readFile(path.join(root, file)).catch((error: unknown) => {
    throw new RippleError('migration/base-schema-missing', `migrations.baseSchema: cannot read ${file}: ${(error as Error).message}`, { file, line: 1 });
  });
  const shownFile = file.split(path.sep).join('/');
  await loadSqlParser();
  if (isDumpArchive(bytes)) {
    // A custom-format archive (pg_dump -Fc) is read as the SQL pg_restore --schema-only would print.
    const archive = readDumpArchive(bytes, shownFile);
    const blocks = archive.entries.flatMap((entry) => {
      if (entry.desc !== 'TABLE DATA' || !entry.copyStmt || !mayBeJournal(entry.tag)) return [];
      const rows = archiveTableData(bytes, archive, entry, shownFile);
      return rows === undefined ? [] : [{ statement: entry.copyStmt, rows }];
    });
    return withJournal(schemaDumpMigration(archiveSchemaSql(archive), shownFile), dumpJournal(blocks));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new RippleError('migration/base-schema-unreadable', `${shownFile}: byte ${nul}: binary content, neither SQL text nor a pg_dump custom (-Fc) or tar (-Ft) archive`, { file: shownFile, line: 1 });
  }
  const text = withoutByteOrderMark(bytes.toString('utf8'));
  return withJournal(schemaDumpMigration(text, shownFile), dumpJournal(plainDumpCopyBlocks(text)));
}

function withJournal<T extends object>(dump: T, journal: DumpJournal | undefined): T & { journal?: DumpJournal } {
  return journal ? { ...dump, journal } : dump;
}

/**
 * The statements of a schema dump, made to apply to a fresh database: psql meta-commands (`\restrict`,
 * `\unrestrict`, `\connect`, ...) and `COPY ... FROM stdin` data are blanked out (line numbers stay), database-level
 * statements left out (see `forThisDatabase`); each role the
 * dump names (`OWNER TO app_owner`, `GRANT ... TO app_reader`) that the database lacks is created first as a
 * NOLOGIN role, said in one `schema-dump/roles-created` diagnostic; session settings the dump makes (`SET`,
 * `set_config('search_path', '', false)`) are reset at its end, so the new migrations run as usual.
 */
export function schemaDumpMigration(text: string, file: string): { migration: Migration; diagnostics: Diagnostic[] } {
  const statements = splitStatements(blankMetaCommands(text), file).flatMap((statement) => forThisDatabase(statement));
  const roles = new Map<string, MigrationStatement>();
  for (const statement of statements) {
    for (const role of namedRoles(statement.sql)) if (!EXISTING_ROLES.has(role) && !roles.has(role)) roles.set(role, statement);
  }
  const createRoles: MigrationStatement[] = [...roles].map(([role, statement]) => ({
    file,
    line: statement.line,
    column: statement.column,
    sql: `DO $ripple$ BEGIN CREATE ROLE ${quoteIdent(role)} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $ripple$`,
  }));
  const last = statements.at(-1);
  const reset: MigrationStatement[] = last ? [{ file, line: last.line, column: last.column, sql: 'RESET ALL' }] : [];
  const diagnostics: Diagnostic[] = [];
  const first = [...roles.values()].sort((a, b) => a.line - b.line)[0];
  if (first) {
    diagnostics.push({
      kind: 'diagnostic',
      code: 'schema-dump/roles-created',
      message: `the schema dump names roles the embedded database lacks (${[...roles.keys()].sort().join(', ')}): created as NOLOGIN roles so that its ownership and grants apply`,
      location: { file, line: first.line, column: first.column },
    });
  }
  const migration: Migration = { kind: 'migration', file, version: '0', name: 'base schema', format: 'sql-numbered', up: [...createRoles, ...statements, ...reset] };
  return { migration, diagnostics };
}

/**
 * A statement as it applies to the one embedded database: `CREATE DATABASE` / `ALTER DATABASE` of a `pg_dump -C`
 * are left out (its `\\connect` is, too: everything lands in the embedded database), and a dump's `CREATE SCHEMA
 * public` (older pg_dump) becomes `CREATE SCHEMA IF NOT EXISTS public`, since every database has it.
 */
function forThisDatabase(statement: MigrationStatement): MigrationStatement[] {
  if (!/\b(database|schema)\b/i.test(statement.sql)) return [statement];
  const stmt = parsedStatement(statement.sql) as Record<string, { objectType?: string; objtype?: string; schemaname?: string; if_not_exists?: boolean } | undefined>;
  if (stmt['CreatedbStmt'] || stmt['AlterDatabaseStmt'] || stmt['AlterDatabaseSetStmt'] || stmt['AlterDatabaseRefreshCollStmt'] || stmt['DropdbStmt']) return [];
  if (stmt['AlterOwnerStmt']?.objectType === 'OBJECT_DATABASE' || stmt['CommentStmt']?.objtype === 'OBJECT_DATABASE') return [];
  const schema = stmt['CreateSchemaStmt'];
  if (schema?.schemaname === 'public' && !schema.if_not_exists) return [{ ...statement, sql: statement.sql.replace(/^CREATE\s+SCHEMA\s+/i, 'CREATE SCHEMA IF NOT EXISTS ') }];
  return [statement];
}

/** A statement's parse tree; `{}` for one that does not parse (applying it reports PostgreSQL's syntax error). */
function parsedStatement(sql: string): unknown {
  return (parseOrUndefined(sql)?.stmts?.[0] as { stmt?: unknown } | undefined)?.stmt ?? {};
}

function parseOrUndefined(sql: string): ReturnType<typeof parseSync> | undefined {
  try {
    return parseSync(sql);
  } catch {
    return undefined;
  }
}

/** psql meta-command lines and COPY data blocks replaced by empty lines. */
function blankMetaCommands(text: string): string {
  const lines = text.split('\n');
  let inCopy = false;
  return lines
    .map((line) => {
      if (inCopy) {
        if (line === '\\.') inCopy = false;
        return '';
      }
      if (isCopyFromStdin(line)) {
        inCopy = true;
        return '';
      }
      return /^\s*\\/.test(line) ? '' : line;
    })
    .join('\n');
}

/** The role names in a statement's parse tree (`RoleSpec` nodes naming a role, not PUBLIC or CURRENT_USER). */
function namedRoles(sql: string): string[] {
  if (!/\b(owner|grant|revoke|authorization|role|policy|user)\b/i.test(sql)) return [];
  const names: string[] = [];
  eachParseNode(parseOrUndefined(sql), (node) => {
    const role = (node as { RoleSpec?: { roletype?: string; rolename?: string } }).RoleSpec;
    if (role?.roletype === 'ROLESPEC_CSTRING' && role.rolename) names.push(role.rolename);
    const owner = (node as { newowner?: { roletype?: string; rolename?: string } }).newowner;
    if (owner?.roletype === 'ROLESPEC_CSTRING' && owner.rolename) names.push(owner.rolename);
  });
  return names;
}
