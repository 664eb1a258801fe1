import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { TEST_CACHE_FILE, PACKAGE_ROOT } from '../../test/test-cache-file.js';
import { applyMigrations } from '../apply/apply-migrations.js';
import { startPGlite } from '../apply/start-pglite.js';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { loadSample, type LoadedSample } from './load-sample.js';
import { planSample } from './plan-sample.js';
import { rehearseOnData } from './rehearse-on-data.js';

const FIXTURE = 'fixtures/rehearse-on-sample';
const MIGRATION = `${FIXTURE}/db/migrations/V2__issue_constraints.sql`;

/** A fresh PGlite with `sql` (or the fixture's base migration) applied, the sample loaded, then `use`. */
async function withSample<T>(sql: string | undefined, rows: number, use: (db: PGlite, loaded: LoadedSample) => Promise<T>): Promise<T> {
  const { db } = await startPGlite({ cacheFile: TEST_CACHE_FILE });
  try {
    if (sql === undefined) expect(await applyMigrations(db, (await loadMigrations(PACKAGE_ROOT, `${FIXTURE}/db/migrations`)).slice(0, 1))).toEqual([]);
    else await db.exec(sql);
    const snapshot = await introspectCatalog(async (text, params) => (await db.query(text, [...params])).rows);
    return await use(db, await loadSample(db, snapshot, rows));
  } finally {
    await db.close();
  }
}

/** Every row of every table, as text, in insertion order. */
async function everyRow(db: PGlite): Promise<Record<string, string[]>> {
  const { rows: tables } = await db.query<{ name: string }>("SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const out: Record<string, string[]> = {};
  for (const { name } of tables) out[name] = (await db.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t ORDER BY ctid`)).rows.map((row) => row.row);
  return out;
}

/** Rows whose foreign key (every column set) finds no row of the referenced table, and rows with it set, per key. */
async function foreignKeyRows(db: PGlite): Promise<{ key: string; set: number; orphans: number }[]> {
  const { rows: keys } = await db.query<{ key: string; child: string; parent: string; fk: string[]; pk: string[] }>(`
    SELECT c.conname AS key, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
           ARRAY(SELECT quote_ident(attname) FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY i) AS fk,
           ARRAY(SELECT quote_ident(attname) FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY i) AS pk
    FROM pg_constraint c WHERE c.contype = 'f' ORDER BY 1`);
  const out: { key: string; set: number; orphans: number }[] = [];
  for (const { key, child, parent, fk, pk } of keys) {
    const set = fk.map((column) => `c.${column} IS NOT NULL`).join(' AND ');
    const match = fk.map((column, at) => `p.${pk[at]!} = c.${column}`).join(' AND ');
    const { rows } = await db.query<{ set: number; orphans: number }>(`SELECT count(*) FILTER (WHERE ${set})::int AS set, count(*) FILTER (WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ${match}))::int AS orphans FROM ${child} c`);
    out.push({ key, ...rows[0]! });
  }
  return out;
}

describe('loadSample: rows generated from the base schema', () => {
  it('fills every table of the issue tracker with the same rows on every run, every foreign key pointing at a row', async () => {
    const first = await withSample(undefined, 300, async (db, loaded) => ({ loaded, rows: await everyRow(db), keys: await foreignKeyRows(db) }));
    expect(first.loaded.problems).toEqual([]);
    expect(Object.values(first.loaded.inserted)).toEqual(Array(10).fill(300));
    for (const key of first.keys) {
      expect(key.orphans, key.key).toBe(0);
      expect(key.set, key.key).toBeGreaterThan(0);
    }
    // the self-reference (sub-issues) and the cycle (a user's last workspace) are set after the inserts, on most rows
    expect(first.keys.find((key) => key.key === 'issues_parent_id_fkey')?.set).toBeGreaterThan(200);
    expect(first.keys.find((key) => key.key === 'users_last_workspace_id_fk')?.set).toBeGreaterThan(200);
    const second = await withSample(undefined, 300, async (db) => everyRow(db));
    expect(second).toEqual(first.rows);
  });

  it('draws the shapes that reveal problems: NULLs, repeats, text that is not a number, values a CHECK list or pattern allows', async () => {
    await withSample(undefined, 1000, async (db) => {
      const { rows } = await db.query<Record<string, number>>(`SELECT
        count(*) FILTER (WHERE description_html IS NULL)::int AS nulls,
        (SELECT count(*)::int FROM (SELECT color FROM labels GROUP BY color HAVING count(*) > 1) d) AS repeated_colors,
        count(*) FILTER (WHERE estimate_point IS NOT NULL AND NOT pg_input_is_valid(estimate_point, 'integer'))::int AS not_numbers,
        (SELECT count(DISTINCT "group")::int FROM states) AS state_groups,
        (SELECT count(*)::int FROM states WHERE color::text ~ '^#[0-9a-f]{6}$') AS hex_colors
        FROM issues`);
      const shapes = rows[0]!;
      expect(shapes['nulls']).toBeGreaterThan(50);
      expect(shapes['nulls']).toBeLessThan(150);
      expect(shapes['repeated_colors']).toBeGreaterThanOrEqual(5);
      expect(shapes['not_numbers']).toBeGreaterThan(300);
      expect(shapes['state_groups']).toBe(5);
      expect(shapes['hex_colors']).toBe(1000);
    });
  });

  it('refuses a bad N (exit 2 in the CLI): zero, negative, fractional, above 100000', async () => {
    for (const rows of [0, -1, 1.5, 100_001, Number.NaN]) {
      await expect(rehearseOnData([], [], { sample: rows }, { cacheFile: TEST_CACHE_FILE })).rejects.toMatchObject({ code: 'usage/bad-option', message: expect.stringMatching(/^--sample must be a whole number of rows per table from 1 to 100000/) });
    }
  });

  it('fills a 200-table foreign key chain parents first, a self-reference as trees, and says which cycle it cannot fill', async () => {
    const chain = Array.from({ length: 200 }, (_, at) => `CREATE TABLE t${at} (id serial PRIMARY KEY${at > 0 ? `, parent_id integer NOT NULL REFERENCES t${at - 1}` : ''}, label text);`);
    const sql = [
      ...chain,
      'CREATE TABLE comments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, reply_to bigint REFERENCES comments, body text NOT NULL);',
      'CREATE TABLE eggs (id int PRIMARY KEY, hen_id int NOT NULL); CREATE TABLE hens (id int PRIMARY KEY, egg_id int NOT NULL REFERENCES eggs);',
      'ALTER TABLE eggs ADD FOREIGN KEY (hen_id) REFERENCES hens; CREATE TABLE nests (id int PRIMARY KEY, hen_id int NOT NULL REFERENCES hens, note text);',
      "CREATE TABLE odd (id int PRIMARY KEY, shape box, spot box NOT NULL);",
    ].join('\n');
    await withSample(sql, 20, async (db, loaded) => {
      expect(Object.keys(loaded.inserted).filter((table) => /^public\.t\d+$/.test(table))).toHaveLength(200);
      expect(new Set(Object.entries(loaded.inserted).map(([, rows]) => rows))).toEqual(new Set([20]));
      expect((await foreignKeyRows(db)).filter((key) => key.orphans > 0)).toEqual([]);
      // each reply answers an earlier comment: trees, no loops
      const { rows } = await db.query<{ replies: number; forward: number }>('SELECT count(reply_to)::int AS replies, count(*) FILTER (WHERE reply_to >= id)::int AS forward FROM comments');
      expect(rows[0]!.replies).toBeGreaterThan(10);
      expect(rows[0]!.forward).toBe(0);
      expect(loaded.problems).toEqual([
        { table: 'public.eggs', code: 'data-sample/table-skipped', message: 'public.eggs: no sample rows: its NOT NULL foreign keys form a cycle with public.hens: no table of it can get a first row' },
        { table: 'public.hens', code: 'data-sample/table-skipped', message: 'public.hens: no sample rows: its NOT NULL foreign keys form a cycle with public.eggs: no table of it can get a first row' },
        { table: 'public.nests', code: 'data-sample/table-skipped', message: 'public.nests: no sample rows: its NOT NULL foreign key nests_hen_id_fkey references public.hens, which has no sample rows' },
        { table: 'public.odd', code: 'data-sample/table-skipped', message: 'public.odd: no sample rows: column spot has type box, which the sample cannot generate, and is NOT NULL without a default' },
      ]);
    });
  });

  it('plans in time linear in the schema: a 4,000-table chain takes about twice a 2,000-table one', () => {
    const snapshotOf = (tables: number) => ({
      kind: 'schema-snapshot' as const,
      schemas: ['public'],
      tables: Array.from({ length: tables }, (_, at) => ({ kind: 'table' as const, schema: 'public', name: `t${at}`, columns: [{ name: 'id', position: 1, type: 'integer', nullable: false }, { name: 'parent_id', position: 2, type: 'integer', nullable: at % 2 === 0 }] })),
      views: [],
      indexes: [],
      // every table references the next, and the last the first: one cycle of them all
      constraints: Array.from({ length: tables }, (_, at) => [
        { kind: 'primary-key' as const, schema: 'public', table: `t${at}`, name: `t${at}_pkey`, columns: ['id'], definition: 'PRIMARY KEY (id)' },
        { kind: 'foreign-key' as const, schema: 'public', table: `t${at}`, name: `t${at}_fk`, columns: ['parent_id'], definition: '', references: { schema: 'public', table: `t${(at + 1) % tables}`, columns: ['id'] } },
      ]).flat(),
      dependencies: [],
    });
    const time = (tables: number) => {
      const snapshot = snapshotOf(tables);
      const started = performance.now();
      const plan = planSample(snapshot);
      expect(plan.tables).toHaveLength(tables);
      return performance.now() - started;
    };
    time(500); // warm up
    const small = Math.min(time(2000), time(2000));
    const large = Math.min(time(4000), time(4000));
    expect(large / small).toBeLessThan(3.5);
  });
});

describe('rehearseOnData with --sample: what the generated rows reveal', () => {
  it('reports each data finding from the sample, saying the rows are the sample\'s', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, `${FIXTURE}/db/migrations`);
    const rehearsal = await rehearseOnData(migrations.slice(0, 1), migrations.slice(1), { sample: 200 }, { cacheFile: TEST_CACHE_FILE });
    expect(rehearsal.seed).toBeUndefined();
    expect(rehearsal.sample).toEqual({ rowsPerTable: 200, inserted: expect.objectContaining({ 'public.issues': 200, 'public.labels': 200 }) });
    expect(rehearsal.findings.map((finding) => [finding.id, finding.location.file, finding.location.line])).toEqual([
      ['data-not-null-violated', MIGRATION, 1],
      ['data-unique-violated', MIGRATION, 2],
      ['data-cast-fails', MIGRATION, 3],
      ['data-check-violated', MIGRATION, 4],
      ['data-foreign-key-violated', MIGRATION, 5],
      ['data-full-table-update', MIGRATION, 6],
    ]);
    for (const finding of rehearsal.findings.slice(0, 5)) expect(finding.message).toMatch(/^\S+: \d+ existing rows? .* in the sample \(200 generated rows per table\); PostgreSQL: /);
    expect(rehearsal.findings[5]?.message).toMatch(/^UPDATE of issue_activities without WHERE touches every row: 200 rows of the sample in \d+ ms/);
    expect(rehearsal.diagnostics).toEqual([]);
  });
});
