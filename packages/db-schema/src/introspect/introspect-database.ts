import type { SchemaSnapshot } from '@ripple/model';
import { RippleError } from '@ripple/model';
import { connectionSecrets, redactDatabaseUrl, scrubSecrets } from './redact-secrets.js';
import type pg from 'pg';
import { loadSqlParser } from '../migrations/split-statements.js';
import { foldSnapshot } from './fold-snapshot.js';
import type { CatalogQuery } from './run-catalog-queries.js';
import { runCatalogQueries } from './run-catalog-queries.js';

export interface IntrospectOptions {
  /** Schemas to read; default every schema that is not PostgreSQL's own. */
  readonly schemas?: readonly string[];
  /**
   * How many sessions read the catalogs at once, all in one exported snapshot (as `pg_dump -j` does), each taking
   * its shard of the tables; default 2. 1 reads everything in one session.
   */
  readonly sessions?: number;
}

const DEFAULT_SESSIONS = 2;

/**
 * Reads the schema of a live PostgreSQL server through `pg`. Everything runs inside `BEGIN READ ONLY` (and each
 * session is set `default_transaction_read_only`), then rolls back: Ripple never writes. An unreachable server
 * throws `input/db-unreachable` naming the host and the reason, with the password redacted.
 */
export async function introspectDatabase(url: string, options: IntrospectOptions = {}): Promise<SchemaSnapshot> {
  const parser = loadSqlParser(); // loads while the sessions connect
  const raw = await withReadOnlySessions(url, options.sessions ?? DEFAULT_SESSIONS, (queries) => runCatalogQueries(queries, options.schemas));
  await parser;
  return foldSnapshot(raw);
}

/** `withReadOnlySessions` with one session. */
export async function withReadOnlySession<T>(url: string, work: (query: CatalogQuery) => Promise<T>): Promise<T> {
  return withReadOnlySessions(url, 1, (queries) => work(queries[0]!));
}

const BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Connects `count` sessions with `default_transaction_read_only=on` and opens `BEGIN ISOLATION LEVEL REPEATABLE READ
 * READ ONLY` in each, the first exporting its snapshot (`pg_export_snapshot()`) and the others adopting it (`SET
 * TRANSACTION SNAPSHOT`), so every query sees one state of the catalogs. Runs `work` with one query function per
 * session, then rolls back; any write `work` tried would fail in PostgreSQL itself.
 *
 * `work` starts as soon as the first session holds its snapshot: a further session's queries wait for it to join,
 * and run on the first session instead when it cannot (a role's CONNECTION LIMIT, a full pool, a server that cannot
 * export snapshots). The connections close after the rollback without holding up the caller.
 */
export async function withReadOnlySessions<T>(url: string, count: number, work: (queries: readonly CatalogQuery[]) => Promise<T>): Promise<T> {
  // Loaded on first use: only `--db-url` runs need a client.
  const { default: pgModule } = await import('pg');
  const clients = Array.from(
    { length: Math.max(1, count) },
    () => new pgModule.Client({ connectionString: url, application_name: 'ripple', options: '-c default_transaction_read_only=on' }),
  );
  const [primary, ...extra] = clients as [pg.Client, ...pg.Client[]];
  for (const client of clients) client.on('error', () => undefined); // a dropped extra session only costs speed
  const extraConnected: Promise<boolean>[] = [];
  const joined: Promise<boolean>[] = [];
  try {
    try {
      await primary.connect();
    } catch (error) {
      throw new RippleError('input/db-unreachable', `cannot connect to ${describeServer(url)}: ${secretFreeReason(error, url)}`, undefined, { cause: error });
    }
    // Only now: a role limited to one connection must get it for the first session.
    extraConnected.push(...extra.map((client) => client.connect().then(() => true, () => false)));
    await primary.query(BEGIN);
    const snapshot = extra.length > 0 ? await exportSnapshot(primary) : undefined;
    joined.push(
      ...extra.map(async (client, index) => {
        if (snapshot === undefined || !(await extraConnected[index])) return false;
        try {
          await client.query(BEGIN);
          await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
          return true;
        } catch {
          return false;
        }
      }),
    );
    const onPrimary: CatalogQuery = async (sql, params) => (await primary.query(sql, [...params])).rows;
    const queries = [
      onPrimary,
      ...extra.map(
        (client, index): CatalogQuery =>
          async (sql, params) =>
            (await joined[index]) ? (await client.query(sql, [...params])).rows : onPrimary(sql, params),
      ),
    ];
    const result = await work(queries);
    const inTransaction = [primary, ...(await Promise.all(joined)).flatMap((ok, index) => (ok ? [extra[index]!] : []))];
    await Promise.all(inTransaction.map((client) => client.query('ROLLBACK')));
    return result;
  } catch (error) {
    if (error instanceof RippleError) throw error;
    throw new RippleError('input/db-introspection-failed', `introspecting ${describeServer(url)} failed: ${secretFreeReason(error, url)}`, undefined, {
      cause: error,
    });
  } finally {
    void Promise.all([...extraConnected, ...joined]).finally(() => Promise.all(clients.map((client) => client.end().catch(() => undefined))));
  }
}

/** The primary session's snapshot id, or undefined (after restarting its transaction) when the server cannot export one. */
async function exportSnapshot(primary: pg.Client): Promise<string | undefined> {
  try {
    const { rows } = await primary.query<{ id: string }>('SELECT pg_catalog.pg_export_snapshot() AS id');
    const id = rows[0]?.id;
    if (id !== undefined && /^[0-9A-F-]+$/i.test(id)) return id;
  } catch {
    // fall through: one session
  }
  await primary.query('ROLLBACK');
  await primary.query(BEGIN);
  return undefined;
}

export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `host ${host}${parsed.port ? `:${parsed.port}` : ''} (${redactDatabaseUrl(url)})`;
  } catch {
    return redactDatabaseUrl(url);
  }
}

/** The driver's reason, with any secret of the connection string it may echo scrubbed. */
export function secretFreeReason(error: unknown, url: string): string {
  return scrubSecrets(reason(error), connectionSecrets(url));
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  const message = error instanceof Error ? error.message || (error as { code?: string }).code || String(error) : String(error);
  return message;
}
