import type { PGlite } from '@electric-sql/pglite';
import { fingerprint, type Diagnostic, type Finding, type SchemaSnapshot } from '@ripple/model';
import { applyMigrations, runStatements } from '../apply/apply-migrations.js';
import { startPGliteForMigrations } from '../apply/snapshot-before-and-after.js';
import { REHEARSAL_RULES } from '../apply/rehearse-migrations.js';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { LOCK_MODES, type LockMode } from './statement-locks.js';

/** What one statement did on PGlite, measured inside a transaction that was rolled back. */
export interface StatementMeasurement {
  readonly kind: 'statement-measurement';
  /** The locks it held at its end on relations that existed before it, strongest first: `public.users` ACCESS EXCLUSIVE. */
  readonly locks: readonly { readonly relation: string; readonly mode: LockMode }[];
  /** Relations (tables, indexes, materialized views) that existed before it and got a new relfilenode: rewritten. */
  readonly rewritten: readonly string[];
}

/** Measurements by statement (the objects of the migrations' `up` lists). */
export type Measurements = ReadonlyMap<MigrationStatement, StatementMeasurement>;

export interface MeasuredMigrations {
  readonly base: SchemaSnapshot;
  readonly measurements: Measurements;
  /** `new-migration-fails` for each statement PostgreSQL refused (the rest of the file still runs and is measured). */
  readonly findings: readonly Finding[];
  /** Base migration statements that failed, and extension stand-ins. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Relations of the user's schemas with their storage file: a new relfilenode after a statement means a rewrite. */
const RELATIONS_SQL = `SELECT n.nspname || '.' || c.relname AS relation, c.relfilenode::text AS filenode
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'i', 'I', 'm', 't') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY 1`;

/** The relation locks this session holds (PGlite has one session: every lock in pg_locks with our pid is the statement's). */
const LOCKS_SQL = `SELECT n.nspname || '.' || c.relname AS relation, l.mode
FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 1, 2`;

/**
 * Builds the base schema on PGlite, then runs each statement of the migrations in a transaction of its own: reads
 * the relfilenode of every relation before and after and the locks held at its end (`pg_locks`), rolls back, and
 * runs it again for real so the next statement sees its effect. Statements PostgreSQL refuses in a transaction
 * (`CREATE INDEX CONCURRENTLY`) are run without measuring. The database is thrown away at the end.
 */
export async function measureMigrations(baseMigrations: readonly Migration[], migrations: readonly Migration[], options: { readonly cacheFile?: string } = {}): Promise<MeasuredMigrations> {
  const { db, diagnostics: standIns } = await startPGliteForMigrations([...baseMigrations, ...migrations], options);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    const baseProblems = await applyMigrations(db, baseMigrations);
    const base = await introspectCatalog(query);
    const measurements = new Map<MigrationStatement, StatementMeasurement>();
    const findings: Finding[] = [];
    for (const statement of migrations.flatMap((migration) => [...(migration.setup ?? []), ...migration.up])) {
      // BEGIN / COMMIT are the file's own: each statement here runs in a transaction of the measurement's.
      if (statement.syntaxError || statement.transaction === 'begin' || statement.transaction === 'commit') continue;
      if (statement.transaction === 'cannot-run-inside') {
        const failure = await runStatements(db, [statement]);
        if (failure) findings.push(applyFailure(failure.message, failure.location));
        continue;
      }
      const measured = await measureStatement(db, statement);
      if (typeof measured === 'string') {
        const failure = await runStatements(db, [statement]);
        findings.push(applyFailure(failure?.message ?? measured, failure?.location ?? { file: statement.file, line: statement.line, column: statement.column }));
        continue;
      }
      measurements.set(statement, measured);
      await runStatements(db, [statement]);
    }
    const diagnostics: Diagnostic[] = [
      ...standIns,
      ...baseProblems.map((problem) => ({ kind: 'diagnostic' as const, code: problem.kind === 'syntax-error' ? 'migration/syntax-error' : 'migration/base-failed', message: `base migration: ${problem.message}`, location: problem.location })),
    ];
    return { base, measurements, findings, diagnostics };
  } finally {
    await db.close();
  }
}

/** One statement in a transaction that is rolled back: its measurement, or PostgreSQL's error message. */
async function measureStatement(db: PGlite, statement: MigrationStatement): Promise<StatementMeasurement | string> {
  await db.exec('BEGIN');
  try {
    const before = await relfilenodes(db);
    await db.exec(statement.sql);
    const locks = (await db.query<{ relation: string; mode: string }>(LOCKS_SQL)).rows;
    const after = await relfilenodes(db);
    const strongest = new Map<string, LockMode>();
    for (const lock of locks) {
      const mode = lockMode(lock.mode);
      if (!before.has(lock.relation) || mode === undefined) continue;
      const held = strongest.get(lock.relation);
      if (held === undefined || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(held)) strongest.set(lock.relation, mode);
    }
    return {
      kind: 'statement-measurement',
      locks: [...strongest].map(([relation, mode]) => ({ relation, mode })).sort((a, b) => LOCK_MODES.indexOf(b.mode) - LOCK_MODES.indexOf(a.mode) || (a.relation < b.relation ? -1 : 1)),
      rewritten: [...before].filter(([relation, filenode]) => after.has(relation) && after.get(relation) !== filenode).map(([relation]) => relation),
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await db.exec('ROLLBACK');
  }
}

async function relfilenodes(db: PGlite): Promise<Map<string, string>> {
  return new Map((await db.query<{ relation: string; filenode: string }>(RELATIONS_SQL)).rows.map((row) => [row.relation, row.filenode]));
}

/** `AccessExclusiveLock` -> `ACCESS EXCLUSIVE`. */
function lockMode(mode: string): LockMode | undefined {
  const words = mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
  return (LOCK_MODES as readonly string[]).includes(words) ? (words as LockMode) : undefined;
}

function applyFailure(message: string, location: Finding['location']): Finding {
  const id = 'new-migration-fails';
  const text = `does not apply on the base schema: ${message}`;
  return { kind: 'finding', id, level: REHEARSAL_RULES[id].level, message: text, location, fingerprint: fingerprint(id, location.file, text) };
}
