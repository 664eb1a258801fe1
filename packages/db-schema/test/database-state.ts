import pg from 'pg';
import type { SchemaSnapshot } from '@ripple/model';
import { introspectDatabase } from '../src/introspect/introspect-database.js';

/**
 * Everything a rehearsal could change on a server, to compare before and after: the schema as Ripple introspects
 * it, every user table's row count and a checksum of its rows, every sequence's `last_value` and `is_called` (read
 * from the sequence itself), and the relation locks any session other than the caller's still holds.
 */
export interface DatabaseState {
  readonly schema: SchemaSnapshot;
  readonly tables: Readonly<Record<string, { readonly rows: number; readonly checksum: string }>>;
  readonly sequences: Readonly<Record<string, string>>;
}

export async function databaseState(url: string): Promise<DatabaseState> {
  const schema = await introspectDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = async (relkinds: string) =>
      (
        await client.query<{ name: string }>(
          `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind = ANY($1) AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_to%' ORDER BY 1`,
          [relkinds.split('')],
        )
      ).rows.map((row) => row.name);
    const tables: Record<string, { rows: number; checksum: string }> = {};
    for (const table of await names('r')) {
      const { rows } = await client.query<{ rows: number; checksum: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS checksum FROM ${table} t`,
      );
      tables[table] = { rows: rows[0]!.rows, checksum: rows[0]!.checksum ?? '' };
    }
    const sequences: Record<string, string> = {};
    for (const sequence of await names('S')) {
      const { rows } = await client.query<{ state: string }>(`SELECT last_value || ' ' || is_called AS state FROM ${sequence}`);
      sequences[sequence] = rows[0]!.state;
    }
    return { schema, tables, sequences };
  } finally {
    await client.end();
  }
}

/** Relation locks held by sessions of `application_name`, and whether any such session is still connected. */
export async function sessionsOf(url: string, applicationName: string): Promise<{ readonly sessions: number; readonly locks: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ sessions: number; locks: number }>(
      `SELECT (SELECT count(*)::int FROM pg_stat_activity WHERE application_name = $1) AS sessions,
              (SELECT count(*)::int FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.application_name = $1 AND l.locktype = 'relation') AS locks`,
      [applicationName],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}
