import { performance } from 'node:perf_hooks';
import { RippleError } from '@ripple/model';
import type pg from 'pg';
import { describeServer, secretFreeReason } from '../introspect/introspect-database.js';
import { redactDatabaseUrl } from '../introspect/redact-secrets.js';
import type { Migration } from '../migrations/migration.js';
import { runnerTransactionOf } from '../migrations/runner-transactions.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import { estimateDuration } from './estimate-duration.js';
import { operationsBlockedBy } from './lock-conflicts.js';
import { OWN_LOCKS, RELATION_FILES, SEQUENCE_VALUES, TABLE_SIZE, TRANSACTION_STATE } from './observation-queries.js';
import { planStatement, type RelationName } from './plan-statement.js';
import { refuseProduction } from './refuse-production.js';
import type { HeldLock, RehearsedStatement, SequenceChange, ServerError, ServerRehearsal } from './server-rehearsal.js';

export interface ServerRehearsalOptions {
  /** PostgreSQL's `statement_timeout` for each statement (`30s`, `5min`, `0` for none). */
  readonly statementTimeout: string;
  /** PostgreSQL's `lock_timeout`: how long a statement may wait for a lock others hold. */
  readonly lockTimeout: string;
  /** `--i-know-this-is-not-production`: rehearse on a primary too. */
  readonly allowPrimary: boolean;
  /** A regular expression (case-insensitive) that production database and host names match. */
  readonly productionPattern: string;
  readonly progress?: (message: string) => void;
}

/**
 * How long the server waits before it notices that Ripple went away (killed mid-statement) and rolls back, and
 * how long the transaction may sit idle between statements: bounds on the locks a dead run could leave.
 */
const CLIENT_CHECK_INTERVAL = '1s';
const IDLE_IN_TRANSACTION_TIMEOUT = '60s';

/**
 * Runs the statements of `migrations` (the ones the change adds) on a real server, in order, inside one
 * transaction that is always rolled back, and measures each statement: duration, the locks it took and what they
 * block, rows touched, rewrites, sequences advanced, or PostgreSQL's error (the run stops there). Statements
 * PostgreSQL runs only outside a transaction are estimated, not run; transaction control is never sent. Refuses a
 * production server first (`refuseProduction`). Never commits: the only statements sent besides the migrations'
 * are `BEGIN`, `set_config(..., true)` (SET LOCAL), catalog reads and `ROLLBACK`.
 */
export async function rehearseOnServer(url: string, migrations: readonly Migration[], options: ServerRehearsalOptions): Promise<ServerRehearsal> {
  const parser = loadSqlParser();
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client({ connectionString: url, application_name: 'ripple-rehearse', keepAlive: true });
  // A dropped connection surfaces as the failing query's error; the server rolls the transaction back itself.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new RippleError('input/db-unreachable', `cannot connect to ${describeServer(url)}: ${secretFreeReason(error, url)}`, undefined, { cause: error });
  }
  try {
    const query = async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> => (await client.query(sql, [...params])).rows as Row[];
    const [facts] = await query<{ in_recovery: boolean; database: string; version: string; version_num: number }>(
      "SELECT pg_catalog.pg_is_in_recovery() AS in_recovery, pg_catalog.current_database() AS database, pg_catalog.current_setting('server_version') AS version, pg_catalog.current_setting('server_version_num')::int AS version_num",
    );
    refuseProduction({ inRecovery: facts!.in_recovery, database: facts!.database, host: urlHost(url) }, options);
    await parser;
    const started = performance.now();
    const sequencesBefore = await sequenceValues(query);
    options.progress?.(`rehearsing ${migrations.length} new migrations on ${redactDatabaseUrl(url)} in one transaction that is rolled back`);
    await client.query('BEGIN');
    let statements: RehearsedStatement[];
    try {
      await query('SELECT pg_catalog.set_config($1, $2, true)', ['ripple.rehearsal', 'on']);
      await setLocal(query, 'statement_timeout', options.statementTimeout);
      await setLocal(query, 'lock_timeout', options.lockTimeout);
      await setLocal(query, 'idle_in_transaction_session_timeout', IDLE_IN_TRANSACTION_TIMEOUT);
      if (facts!.version_num >= 140000) await setLocal(query, 'client_connection_check_interval', CLIENT_CHECK_INTERVAL);
      statements = await runStatements(client, query, migrations, new Set(sequencesBefore.keys()), options);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
    const [after] = await query<{ open: boolean }>(TRANSACTION_STATE);
    if (after?.open !== false) throw new RippleError('rehearse/not-rolled-back', 'the rehearsal transaction is still open after ROLLBACK');
    const sequencesAfter = await sequenceValues(query);
    return {
      kind: 'server-rehearsal',
      server: redactDatabaseUrl(url),
      database: facts!.database,
      serverVersion: facts!.version,
      inRecovery: facts!.in_recovery,
      statementTimeout: options.statementTimeout,
      lockTimeout: options.lockTimeout,
      statements,
      sequencesLeftAdvanced: sequenceChanges(sequencesBefore, sequencesAfter),
      rolledBack: true,
      durationMs: roundMs(performance.now() - started),
    };
  } catch (error) {
    if (error instanceof RippleError) throw error;
    throw new RippleError('rehearse/failed', `rehearsing on ${describeServer(url)} failed: ${secretFreeReason(error, url)}`, undefined, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

type Query = <Row>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;

interface Observation {
  readonly files: ReadonlyMap<string, { readonly name: string; readonly file: string }>;
  readonly locks: ReadonlyMap<string, { readonly oid: string; readonly table: string; readonly relation: string | undefined; readonly mode: string }>;
  readonly touched: number;
  readonly open: boolean;
  readonly blocked: number;
  readonly sequences: ReadonlyMap<string, string | null>;
}

/** A statement's measurements before the locks' hold times are known (they need the end of its migration). */
interface Measured {
  readonly statement: RehearsedStatement;
  readonly startedAt: number;
  readonly locks: readonly Omit<HeldLock, 'heldMs'>[];
}

/** `lasting`: the sequences that existed before the transaction, whose `nextval` a rollback does not undo. */
async function runStatements(
  client: pg.Client,
  query: Query,
  migrations: readonly Migration[],
  lasting: ReadonlySet<string>,
  options: ServerRehearsalOptions,
): Promise<RehearsedStatement[]> {
  const results: RehearsedStatement[] = [];
  let before = await observe(query);
  const existing = new Set(before.files.keys());
  let stopped = false;
  for (const migration of migrations) {
    const measured: Measured[] = [];
    for (const statement of [...(migration.setup ?? []), ...migration.up]) {
      const at = { kind: 'rehearsed-statement' as const, file: statement.file, line: statement.line, column: statement.column, sql: statement.sql };
      if (stopped) {
        measured.push({ statement: { ...at, outcome: 'not-reached' }, startedAt: 0, locks: [] });
        continue;
      }
      const plan = planStatement(statement);
      if (plan.kind === 'transaction-control') {
        measured.push({ statement: { ...at, outcome: 'not-rehearsed', reason: `${plan.what}: transaction control, never sent (the rehearsal's one transaction must not end)` }, startedAt: 0, locks: [] });
        continue;
      }
      if (plan.kind === 'outside-transaction') {
        const table = plan.scans ? await tableSize(query, plan.scans) : undefined;
        // pg_relation_size took a lock on the table: not the next statement's.
        if (plan.scans) before = await observe(query);
        measured.push({ statement: { ...at, outcome: 'not-rehearsed', reason: `${plan.what} cannot run inside a transaction block`, estimate: estimateDuration(plan.what, plan.passes, table) }, startedAt: 0, locks: [] });
        continue;
      }
      options.progress?.(`${statement.file}:${statement.line}`);
      const startedAt = performance.now();
      try {
        await client.query(statement.sql);
      } catch (error) {
        measured.push({ statement: { ...at, outcome: 'failed', durationMs: roundMs(performance.now() - startedAt), error: serverError(error) }, startedAt, locks: [] });
        stopped = true;
        continue;
      }
      const durationMs = roundMs(performance.now() - startedAt);
      const after = await observe(query);
      if (!after.open) {
        // Transaction control is never sent, so this cannot happen short of a server-side surprise: stop at once.
        throw new RippleError('rehearse/transaction-ended', `${statement.file}:${statement.line}: the rehearsal transaction ended after this statement; nothing further was run`);
      }
      measured.push({ statement: { ...at, outcome: 'ok', durationMs, ...differences(before, after, lasting) }, startedAt, locks: newLocks(before, after, existing) });
      before = after;
    }
    const endedAt = performance.now();
    const perFile = runnerTransactionOf(migration) === 'file';
    for (const { statement, startedAt, locks } of measured) {
      const end = perFile ? endedAt : startedAt + (statement.durationMs ?? 0);
      results.push(statement.outcome === 'ok' ? { ...statement, locks: locks.map((lock) => ({ ...lock, heldMs: roundMs(end - startedAt) })) } : statement);
    }
  }
  return results;
}

async function observe(query: Query): Promise<Observation> {
  // Reading a sequence's value locks it: read them first, so those locks are in every observation's own set.
  const sequences = await sequenceValues(query);
  const files = await query<{ oid: string; name: string; file: string }>(RELATION_FILES);
  const locks = await query<{ oid: string; name: string | null; mode: string; table_oid: string }>(OWN_LOCKS);
  const [state] = await query<{ touched: string; open: boolean; blocked: number }>(TRANSACTION_STATE);
  return {
    files: new Map(files.map((row) => [row.oid, { name: row.name, file: row.file }])),
    locks: new Map(locks.map((row) => [`${row.oid}\u0000${row.mode}`, { oid: row.oid, table: row.table_oid, relation: row.name ?? undefined, mode: row.mode }])),
    touched: Number(state?.touched ?? 0),
    open: state?.open === true,
    blocked: state?.blocked ?? 0,
    sequences,
  };
}

function differences(before: Observation, after: Observation, lasting: ReadonlySet<string>): Pick<RehearsedStatement, 'rowsTouched' | 'rewritten' | 'sessionsBlocked' | 'sequencesAdvanced'> {
  const rewritten = [...after.files].flatMap(([oid, relation]) => {
    const was = before.files.get(oid);
    return was !== undefined && was.file !== '0' && was.file !== relation.file ? [relation.name] : [];
  });
  const sequencesAdvanced = sequenceChanges(before.sequences, after.sequences).filter((change) => lasting.has(change.sequence));
  return {
    rowsTouched: after.touched - before.touched,
    rewritten: rewritten.sort(),
    sessionsBlocked: after.blocked,
    ...(sequencesAdvanced.length > 0 ? { sequencesAdvanced } : {}),
  };
}

/** `existing`: the relations there were before the transaction began. */
function newLocks(before: Observation, after: Observation, existing: ReadonlySet<string>): Omit<HeldLock, 'heldMs'>[] {
  return [...after.locks]
    .filter(([key]) => !before.locks.has(key))
    // Others can wait only for relations they can see: ones that existed before the transaction.
    .filter(([, lock]) => existing.has(lock.oid))
    // A weaker mode on a relation the transaction holds more strongly, or a mode on an index no stronger than its
    // table's, makes no one wait longer. (The operations each mode blocks are nested sets: longer is a superset.)
    .filter(([, lock]) => {
      const blocks = operationsBlockedBy(lock.mode).length;
      return ![...after.locks.values()].some(
        (other) => (other.oid === lock.oid && operationsBlockedBy(other.mode).length > blocks) || (other.oid === lock.table && other.oid !== lock.oid && operationsBlockedBy(other.mode).length >= blocks),
      );
    })
    .flatMap(([, lock]) => {
      // A relation the statement dropped is named as it was before; one that came and went within it (the
      // transient heap of a rewrite) is no lock anyone else could wait for.
      const relation = lock.relation ?? (lock.oid !== undefined ? before.files.get(lock.oid)?.name : undefined);
      return relation !== undefined ? [{ relation, mode: lock.mode, blocks: operationsBlockedBy(lock.mode) }] : [];
    })
    .sort((a, b) => a.relation.localeCompare(b.relation) || a.mode.localeCompare(b.mode));
}

async function sequenceValues(query: Query): Promise<ReadonlyMap<string, string | null>> {
  return new Map((await query<{ name: string; value: string | null }>(SEQUENCE_VALUES)).map((row) => [row.name, row.value]));
}

/** Sequences that existed before and hold another value now (one created meanwhile is the statement's own). */
function sequenceChanges(before: ReadonlyMap<string, string | null>, after: ReadonlyMap<string, string | null>): SequenceChange[] {
  return [...before].flatMap(([sequence, value]) => (after.has(sequence) && after.get(sequence) !== value ? [{ sequence, before: value, after: after.get(sequence) ?? null }] : []));
}

async function tableSize(query: Query, relation: RelationName): Promise<{ relation: string; bytes: number; rows: number } | undefined> {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const [row] = await query<{ name: string; bytes: string; rows: number }>(TABLE_SIZE, [`${relation.schema ? `${quote(relation.schema)}.` : ''}${quote(relation.name)}`]);
  return row ? { relation: row.name, bytes: Number(row.bytes), rows: row.rows } : undefined;
}

async function setLocal(query: Query, name: string, value: string): Promise<void> {
  try {
    await query('SELECT pg_catalog.set_config($1, $2, true)', [name, value]);
  } catch (error) {
    throw new RippleError('usage/bad-option', `${name} '${value}': ${serverError(error).message}`);
  }
}

function serverError(error: unknown): ServerError {
  const fields = error as { message?: string; code?: string; detail?: string; hint?: string };
  return {
    message: fields.message ?? String(error),
    ...(fields.code ? { code: fields.code } : {}),
    ...(fields.detail ? { detail: fields.detail } : {}),
    ...(fields.hint ? { hint: fields.hint } : {}),
  };
}

/** The host the connection string names, for the production pattern: URL host or `host=` / `?host=`. */
function urlHost(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.hostname || parsed.searchParams.get('host') || '';
  } catch {
    return /(?:^|\s)host\s*=\s*'?([^\s']+)/.exec(url)?.[1] ?? '';
  }
}

function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
