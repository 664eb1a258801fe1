// pnpm bench: introspection of a large schema on a real PostgreSQL server, as a ratio to `pg_dump --schema-only`
// on the same server in the same run, and PGlite start-up from the cached data directory as a ratio to a cold start.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { startPGlite } from '../src/apply/start-pglite.js';
import { introspectDatabase } from '../src/introspect/introspect-database.js';
import { startPostgresServer } from '../test/postgres-server.js';

const TABLES = 1_000;
const COLUMNS_PER_TABLE = 10;
const VIEWS = 250;
const RUNS = 7;

function schemaSql(): string[] {
  const statements: string[] = [];
  for (let t = 0; t < TABLES; t += 1) {
    const columns = ['id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY'];
    for (let c = 1; c < COLUMNS_PER_TABLE; c += 1) {
      const type = ['text', 'integer', 'numeric(12,2)', 'timestamptz', 'boolean'][c % 5];
      columns.push(`c${c} ${type}${c % 3 === 0 ? ' NOT NULL' : ''}${c === 2 ? ' DEFAULT 0' : ''}`);
    }
    if (t > 0) columns.push(`parent_id bigint REFERENCES t${t - 1} (id)`);
    statements.push(`CREATE TABLE t${t} (${columns.join(', ')})`);
    statements.push(`CREATE INDEX t${t}_c5_idx ON t${t} (lower(c5)) WHERE c4`);
    statements.push(`COMMENT ON COLUMN t${t}.c1 IS 'column ${t}.1'`);
  }
  for (let v = 0; v < VIEWS; v += 1) {
    statements.push(`CREATE VIEW v${v} AS SELECT a.id, a.c1, b.c2 FROM t${v} a JOIN t${v + 1} b ON b.parent_id = a.id`);
  }
  return statements;
}

const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Runs each contender once per round, in turn, so that load from other processes falls on all of them alike. */
async function interleaved(contenders: Readonly<Record<string, () => Promise<unknown>>>): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < RUNS; round += 1) {
    for (const [name, run] of Object.entries(contenders)) times[name]!.push(await time(run));
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

const format = (ms: number) => `${ms.toFixed(0)} ms`;

/**
 * The floor under any introspection that gives the snapshot's definitions: only the deparse calls it (and pg_dump)
 * cannot do without, over the same objects, in one new session (each call opens its table or index in a cold
 * backend, which is where the time goes), no rows shipped.
 */
const DEFINITIONS_ONLY = `SELECT
  (SELECT count(pg_catalog.format_type(a.atttypid, a.atttypmod)) + count(pg_catalog.pg_get_expr(d.adbin, 0))
   FROM pg_catalog.pg_attribute a
   JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
   LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attnum > 0),
  (SELECT count(pg_catalog.pg_get_indexdef(i.indexrelid)) + count(pg_catalog.pg_get_expr(i.indpred, i.indrelid))
   FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid AND c.relnamespace = 'public'::regnamespace),
  (SELECT count(pg_catalog.pg_get_viewdef(c.oid, true))
   FROM pg_catalog.pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')),
  (SELECT count(pg_catalog.pg_get_constraintdef(k.oid, true))
   FROM pg_catalog.pg_constraint k WHERE k.connamespace = 'public'::regnamespace)`;

async function definitionsOnly(url: string): Promise<void> {
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  try {
    await session.query(DEFINITIONS_ONLY);
  } finally {
    await session.end();
  }
}

const server = await startPostgresServer();
try {
  const client = new pg.Client({ connectionString: server.url });
  client.on('error', () => undefined);
  await client.connect();
  const statements = schemaSql();
  for (let index = 0; index < statements.length; index += 200) {
    await client.query(statements.slice(index, index + 200).join(';\n'));
  }
  // A live database has had its catalogs analysed by autovacuum; a schema created a second ago has not.
  await client.query('ANALYZE');
  await client.end();
  const pgDump = [path.join(server.binDir, 'pg_dump'), '/usr/bin/pg_dump'].find((candidate) => existsSync(candidate))!;
  const dumpArgs = ['--schema-only', '-h', '127.0.0.1', '-p', String(server.port), '-U', 'postgres', '-f', '/dev/null', 'postgres'];
  await introspectDatabase(server.url); // warm the server's catalog caches for both
  execFileSync(pgDump, dumpArgs);
  const snapshot = await introspectDatabase(server.url);
  const medians = await interleaved({
    dump: async () => execFileSync(pgDump, dumpArgs),
    defaultSessions: () => introspectDatabase(server.url),
    oneSession: () => introspectDatabase(server.url, { sessions: 1 }),
    definitionsOnly: () => definitionsOnly(server.url),
  });
  const dumpTime = medians['dump']!;
  const defaultTime = medians['defaultSessions']!;
  const oneSessionTime = medians['oneSession']!;
  const columns = snapshot.tables.reduce((sum, table) => sum + table.columns.length, 0);
  console.log(
    `schema: ${snapshot.tables.length} tables, ${columns} columns, ${snapshot.views.length} views, ${snapshot.indexes.length} indexes, ` +
      `${snapshot.constraints.length} constraints, ${snapshot.dependencies.length} column dependencies`,
  );
  console.log(`pg_dump --schema-only: ${format(dumpTime)} (median of ${RUNS}, interleaved)`);
  const ratio = (ms: number) => `${(ms / dumpTime).toFixed(2)}x pg_dump`;
  console.log(`introspectDatabase:    ${format(defaultTime)} (median of ${RUNS}, interleaved) = ${ratio(defaultTime)} (default: 2 sessions, tables sharded)`);
  console.log(`  with sessions: 1:    ${format(oneSessionTime)} (median of ${RUNS}, interleaved) = ${ratio(oneSessionTime)}`);
  const floor = medians['definitionsOnly']!;
  console.log(`  floor, the deparse calls alone in one session: ${format(floor)} = ${ratio(floor)}`);
} finally {
  await server.stop();
}

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'ripple-bench-cache-'));
try {
  const cacheFile = path.join(cacheDir, 'pglite.tar');
  await (await startPGlite({ cacheFile })).db.close(); // writes the cache
  const starts = await interleaved({
    cold: async () => (await PGlite.create()).close(),
    cached: async () => (await startPGlite({ cacheFile })).db.close(),
  });
  const cold = starts['cold']!;
  const cached = starts['cached']!;
  console.log(`PGlite cold start:     ${format(cold)} (median of ${RUNS}, interleaved)`);
  console.log(`PGlite cached start:   ${format(cached)} (median of ${RUNS}, interleaved) = ${(cached / cold).toFixed(2)}x cold`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
