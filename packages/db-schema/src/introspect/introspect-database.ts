import type { SchemaSnapshot } from '@ripple/model';
import { RippleError } from '@ripple/model';
import pg from 'pg';
import { introspectCatalog } from './introspect-catalog.js';
import type { CatalogQuery } from './run-catalog-queries.js';

export interface IntrospectOptions {
  /** Schemas to read; default every schema that is not PostgreSQL's own. */
  readonly schemas?: readonly string[];
}

/**
 * Reads the schema of a live PostgreSQL server through `pg`. Everything runs inside `BEGIN READ ONLY` (and the
 * session is set `default_transaction_read_only`), then rolls back: Ripple never writes. An unreachable server
 * throws `input/db-unreachable` naming the host and the reason, with the password redacted.
 */
export async function introspectDatabase(url: string, options: IntrospectOptions = {}): Promise<SchemaSnapshot> {
  return withReadOnlySession(url, (query) => introspectCatalog(query, options.schemas));
}

/**
 * Connects with `default_transaction_read_only=on`, opens `BEGIN READ ONLY`, runs `work` with a query function on
 * that transaction, rolls back and disconnects. Any write `work` tried would fail in PostgreSQL itself.
 */
export async function withReadOnlySession<T>(url: string, work: (query: CatalogQuery) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'ripple', options: '-c default_transaction_read_only=on' });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new RippleError('input/db-unreachable', `cannot connect to ${describeServer(url)}: ${reason(error)}`, undefined, { cause: error });
  }
  try {
    await client.query('BEGIN READ ONLY');
    const result = await work(async (sql, params) => (await client.query(sql, [...params])).rows);
    await client.query('ROLLBACK');
    return result;
  } catch (error) {
    if (error instanceof RippleError) throw error;
    throw new RippleError('input/db-introspection-failed', `introspecting ${describeServer(url)} failed: ${reason(error)}`, undefined, {
      cause: error,
    });
  } finally {
    await client.end().catch(() => undefined);
  }
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
