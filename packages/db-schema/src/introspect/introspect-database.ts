import type { SchemaSnapshot } from '@ripple/model';
import { RippleError } from '@ripple/model';
import pg from 'pg';
import { introspectCatalog } from './introspect-catalog.js';
import type { CatalogQuery } from './run-catalog-queries.js';

export interface IntrospectOptions {
  /** Schemas to read; default every schema that is not PostgreSQL's own. */
  readonly schemas?: readonly string[];
  /**
   * How many sessions read the catalogs at once, all in one exported snapshot (as `pg_dump -j` does); default 1.
   * Two help on a server with idle cores; on a busy one (see the bench) they only add connections.
   */
  readonly sessions?: number;
}

/**
 * Reads the schema of a live PostgreSQL server through `pg`. Everything runs inside `BEGIN READ ONLY` (and each
 * session is set `default_transaction_read_only`), then rolls back: Ripple never writes. An unreachable server
 * throws `input/db-unreachable` naming the host and the reason, with the password redacted.
 */
export async function introspectDatabase(url: string, options: IntrospectOptions = {}): Promise<SchemaSnapshot> {
  return withReadOnlySessions(url, options.sessions ?? 1, (queries) => introspectCatalog(queries, options.schemas));
}

/** `withReadOnlySessions` with one session. */
export async function withReadOnlySession<T>(url: string, work: (query: CatalogQuery) => Promise<T>): Promise<T> {
  return withReadOnlySessions(url, 1, (queries) => work(queries[0]!));
}

/**
 * Connects `count` sessions with `default_transaction_read_only=on`, opens `BEGIN ISOLATION LEVEL REPEATABLE READ
 * READ ONLY` in each, the first exporting its snapshot (`pg_export_snapshot()`) and the others adopting it (`SET
 * TRANSACTION SNAPSHOT`), so every query sees one state of the catalogs. Runs `work` with a query function per
 * session, rolls back and disconnects. Any write `work` tried would fail in PostgreSQL itself. Sessions beyond the
 * first that cannot connect, or a server that cannot export snapshots, leave fewer sessions (at least one).
 */
export async function withReadOnlySessions<T>(url: string, count: number, work: (queries: readonly CatalogQuery[]) => Promise<T>): Promise<T> {
  const clients = Array.from(
    { length: Math.max(1, count) },
    () => new pg.Client({ connectionString: url, application_name: 'ripple', options: '-c default_transaction_read_only=on' }),
  );
  try {
    const [primary, ...extra] = clients as [pg.Client, ...pg.Client[]];
    try {
      await primary.connect();
    } catch (error) {
      throw new RippleError('input/db-unreachable', `cannot connect to ${describeServer(url)}: ${reason(error)}`, undefined, { cause: error });
    }
    // A further session that cannot connect (a role's CONNECTION LIMIT, a full pool) only costs speed.
    const connected = await Promise.all(extra.map((client) => client.connect().then(() => true, () => false)));
    const others = extra.filter((_, index) => connected[index]);
    const begin = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
    await primary.query(begin);
    let sessions = [primary];
    if (others.length > 0) {
      const snapshot = await exportSnapshot(primary, begin);
      if (snapshot !== undefined) {
        for (const other of others) {
          await other.query(begin);
          await other.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
        }
        sessions = [primary, ...others];
      }
    }
    const result = await work(sessions.map((client) => async (sql: string, params: readonly unknown[]) => (await client.query(sql, [...params])).rows));
    await Promise.all(sessions.map((client) => client.query('ROLLBACK')));
    return result;
  } catch (error) {
    if (error instanceof RippleError) throw error;
    throw new RippleError('input/db-introspection-failed', `introspecting ${describeServer(url)} failed: ${reason(error)}`, undefined, {
      cause: error,
    });
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

/** The primary session's snapshot id, or undefined (after restarting its transaction) when the server cannot export one. */
async function exportSnapshot(primary: pg.Client, begin: string): Promise<string | undefined> {
  try {
    const { rows } = await primary.query<{ id: string }>('SELECT pg_catalog.pg_export_snapshot() AS id');
    const id = rows[0]?.id;
    if (id !== undefined && /^[0-9A-F-]+$/i.test(id)) return id;
  } catch {
    // fall through: one session
  }
  await primary.query('ROLLBACK');
  await primary.query(begin);
  return undefined;
}

/** `postgres://ripple:***@db.internal:5432/shop`: the URL with any password replaced. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*):[^@]*@/, '$1:***@');
  }
}

function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `host ${host}${parsed.port ? `:${parsed.port}` : ''} (${redactDatabaseUrl(url)})`;
  } catch {
    return redactDatabaseUrl(url);
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  const message = error instanceof Error ? error.message || (error as { code?: string }).code || String(error) : String(error);
  return message;
}
