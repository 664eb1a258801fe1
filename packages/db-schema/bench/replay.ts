// pnpm bench:replay: the replay of a long migration history and of one large seed file on PGlite from the cached
// data directory. Prints seconds (load = read and split, replay = apply and introspect) and the peak RSS.
//   node --import tsx bench/replay.ts [history|seed] [migrations=1000] [seedMegabytes=50]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from '../src/apply/apply-migrations.js';
import { startPGliteForMigrations } from '../src/apply/snapshot-before-and-after.js';
import { startPGlite } from '../src/apply/start-pglite.js';
import { loadMigrations } from '../src/migrations/load-migrations.js';
import type { Migration } from '../src/migrations/migration.js';

const [which = 'history', countArgument = '1000', megabytesArgument = '50'] = process.argv.slice(2);

/** 1,000 realistic flyway migrations: tables, added, renamed, retyped and dropped columns, indexes, a view now and then. */
function writeHistory(dir: string, count: number): void {
  let tables = 0;
  for (let version = 1; version <= count; version += 1) {
    const statements: string[] = [];
    const creates = version % 7 === 1;
    const table = `t${creates ? tables++ : (version * 31) % tables}`;
    if (creates) {
      statements.push(`CREATE TABLE t${tables - 1} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
      statements.push(`CREATE INDEX t${tables - 1}_created_idx ON t${tables - 1} (created_at)`);
    } else {
      const column = `c${version}`;
      statements.push(`ALTER TABLE ${table} ADD COLUMN ${column} ${['text', 'integer', 'numeric(12,2)', 'boolean'][version % 4]}`);
      if (version % 3 === 0) statements.push(`ALTER TABLE ${table} RENAME COLUMN ${column} TO ${column}_renamed`);
      if (version % 5 === 0) statements.push(`CREATE INDEX ${table}_${column}_idx ON ${table} (${version % 3 === 0 ? `${column}_renamed` : column})`);
      if (version % 11 === 0) statements.push(`ALTER TABLE ${table} DROP COLUMN ${version % 3 === 0 ? `${column}_renamed` : column}`);
      if (version % 13 === 0) statements.push(`COMMENT ON TABLE ${table} IS 'version ${version}'`);
      if (version % 17 === 0) statements.push(`CREATE OR REPLACE VIEW ${table}_recent AS SELECT id, name FROM ${table} WHERE created_at > now() - interval '1 day'`);
    }
    writeFileSync(path.join(dir, `V${version}__step_${version}.sql`), `-- step ${version}\n${statements.join(';\n')};\n`);
  }
}

/** One flyway file of about `megabytes` MB: DDL, then multi-row INSERTs (a seed), then more DDL. */
function writeSeed(dir: string, megabytes: number): void {
  const lines = ['CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL, description text, price numeric(12,2));'];
  let size = 0;
  for (let id = 0; size < megabytes * 1_000_000; id += 10) {
    const rows = Array.from({ length: 10 }, (_, row) => `(${id + row}, 'product ${id + row}', 'It''s a product; ${'lorem ipsum '.repeat(4)}', ${(id + row) % 1000}.99)`);
    const line = `INSERT INTO products (id, name, description, price) VALUES ${rows.join(', ')};`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push('CREATE INDEX products_name_idx ON products (name);', 'ALTER TABLE products ADD COLUMN sku text;');
  writeFileSync(path.join(dir, 'V1__seed.sql'), lines.join('\n') + '\n');
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const dir = mkdtempSync(path.join(os.tmpdir(), 'ripple-replay-bench-'));
const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
try {
  if (which === 'seed') writeSeed(dir, Number(megabytesArgument));
  else writeHistory(dir, Number(countArgument));
  (await startPGlite()).db.close(); // warm the cache: every start below is from it
  const started = performance.now();
  const loadCpuBefore = process.cpuUsage();
  const migrations = await loadMigrations(dir, '.');
  const loaded = performance.now();
  const loadCpuUsed = process.cpuUsage(loadCpuBefore);
  const loadCpu = (loadCpuUsed.user + loadCpuUsed.system) / 1000;
  const statements = migrations.reduce((sum, migration) => sum + migration.up.length, 0);
  // Interleaved with the reference, in the same run: the earlier replay, one exec per statement in autocommit.
  // Medians of the rounds (ROUNDS, default 3); the first round also warms the JIT for both.
  const rounds = Number(process.env.ROUNDS ?? 3);
  const times: number[] = [];
  const referenceTimes: number[] = [];
  let problems = 0;
  const withReference = process.env.REFERENCE !== '0';
  let cpu = 0;
  for (let round = 0; round < rounds; round += 1) {
    if (withReference) await replayReference(migrations, referenceTimes);
    const { db } = await startPGliteForMigrations(migrations);
    const ready = performance.now();
    const cpuBefore = process.cpuUsage();
    problems = (await applyMigrations(db, migrations, { progress: (message) => process.stderr.write(`  ${seconds(ready, performance.now())}: ${message}\n`) })).length;
    times.push(performance.now() - ready);
    const used = process.cpuUsage(cpuBefore);
    cpu = (used.user + used.system) / 1000;
    await db.close();
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  peak = Math.max(peak, process.memoryUsage().rss);
  const reference = withReference
    ? `, reference ${seconds(0, median(referenceTimes))} (${referenceTimes.map((time) => seconds(0, time)).join(', ')}): ${(median(times) / median(referenceTimes)).toFixed(2)}x`
    : '';
  console.log(
    `${which}: ${migrations.length} migrations, ${statements} statements, ${problems} problems; load (read, split) ${seconds(started, loaded)} ` +
      `(CPU ${seconds(0, loadCpu)}); apply ${seconds(0, median(times))} (${times.map((time) => seconds(0, time)).join(', ')}; CPU of the last ${seconds(0, cpu)})` +
      `${reference}; peak RSS ${Math.round(peak / 1e6)} MB${withReference ? ' (with the reference run)' : ''}; load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}

/** The earlier replay, for the ratio: one exec per statement in autocommit, on its own PGlite. */
async function replayReference(migrations: readonly Migration[], times: number[]): Promise<void> {
  const reference = await startPGliteForMigrations(migrations);
  const from = performance.now();
  for (const migration of migrations) for (const statement of migration.up) await reference.db.exec(statement.sql).catch(() => undefined);
  times.push(performance.now() - from);
  await reference.db.close();
}

