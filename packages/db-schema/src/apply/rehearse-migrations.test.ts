import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { rehearseMigrations } from './rehearse-migrations.js';
import { snapshotBeforeAndAfter } from './snapshot-before-and-after.js';

async function rehearse(name: string) {
  const migrations = await loadMigrations(PACKAGE_ROOT, `fixtures/rehearsal/${name}/migrations`);
  return rehearseMigrations(migrations.slice(0, 1), migrations.slice(1), { cacheFile: TEST_CACHE_FILE });
}

const summary = (findings: readonly { id: string; level: string; location: { file: string; line: number }; message: string }[]) =>
  findings.map((finding) => `${finding.level} ${finding.id} ${finding.location.file.split('/').slice(-1)[0]}:${finding.location.line} ${finding.message}`);

describe('rehearseMigrations: upgrade, rollback, upgrade again on PGlite', () => {
  it('passes a reversible migration, and returns the same base and head as snapshotBeforeAndAfter', async () => {
    const result = await rehearse('reversible');
    expect(result.rehearsed).toBe(true);
    expect(result.findings).toEqual([]);
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/rehearsal/reversible/migrations');
    const plain = await snapshotBeforeAndAfter(migrations.slice(0, 1), migrations.slice(1), { cacheFile: TEST_CACHE_FILE });
    expect(result.base).toEqual(plain.base);
    expect(result.head).toEqual(plain.head);
  });

  it('names the down statement that fails, with PostgreSQL\'s message', async () => {
    expect(summary((await rehearse('rollback-fails')).findings)).toEqual([
      'error rollback-fails 0002_plans.down.sql:3 down migration fails after the up: column "plan" of relation "accounts" does not exist',
    ]);
  });

  it('lists what a rollback does not restore, and the up that then cannot run again', async () => {
    // The index went with its column; the rename stays, so the up's RENAME COLUMN email fails the second time.
    expect(summary((await rehearse('rollback-incomplete')).findings)).toEqual([
      'warning rollback-incomplete 0002_plans.down.sql:1 after up and down the schema is not the one before: ' +
        'column public.accounts.email: missing; column public.accounts.email_address: extra',
      'error reupgrade-fails 0002_plans.up.sql:4 up migration fails after the rollback: column "email" does not exist',
    ]);
  });

  it('lists what a rollback leaves behind, and says the up cannot run again', async () => {
    const findings = summary((await rehearse('reupgrade-fails')).findings);
    expect(findings).toEqual([
      'warning rollback-incomplete 0002_plans.down.sql:1 after up and down the schema is not the one before: ' +
        'column public.plans.id: extra; column public.plans.name: extra; constraint plans_pkey on public.plans: extra; index public.plans_pkey: extra; ' +
        'sequence public.plans_id_seq: extra; and 1 more',
      'error reupgrade-fails 0002_plans.up.sql:1 up migration fails after the rollback: relation "plans" already exists',
    ]);
  });

  it('says once that the history starts from a schema no migration makes (Giveth/impact-graph: TypeORM synchronize), naming the tables', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/history-incomplete/migration');
    const result = await rehearseMigrations(migrations.slice(0, -1), migrations.slice(-1), { cacheFile: TEST_CACHE_FILE });
    const gaps = result.diagnostics.filter((diagnostic) => diagnostic.code === 'migration/history-incomplete');
    // `token` is used before the migration that makes it: a failure of its own, not a table the history lacks.
    expect(gaps.map((gap) => `${gap.location.file.split('/').at(-1)}:${gap.location.line} ${gap.message}`)).toEqual([
      '1614079067364-AddProjectStatus.ts:8 the base migrations use 3 tables that none of them makes: project (2), user (2), donation (1); 5 statements failed on them. ' +
        "The history starts from a schema built outside it (an ORM's synchronize or sync(), a restored dump, tables made by hand), so the base schema lacks those tables and changes to their columns are not seen. " +
        'Give that schema as migrations.initialSchema in ripple.config.json (a pg_dump of it), or compare against a copy of production with --db-url',
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'migration/base-failed')).toHaveLength(8);
    expect(result.findings).toEqual([]);
  });

  it('says nothing of the history when every table a failing statement names is made by some migration', async () => {
    expect((await rehearse('reversible')).diagnostics.filter((diagnostic) => diagnostic.code === 'migration/history-incomplete')).toEqual([]);
  });

  it('does not rehearse when a new migration has no down', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/rehearsal/reversible/migrations');
    const withoutDown = migrations.slice(1).map(({ down: _down, ...migration }) => migration);
    const result = await rehearseMigrations(migrations.slice(0, 1), withoutDown, { cacheFile: TEST_CACHE_FILE });
    expect(result.rehearsed).toBe(false);
    expect(result.findings).toEqual([]);
  });
});

describe('rehearseMigrations: the cache of finished rehearsals', () => {
  it('stores a rehearsal by its inputs, reads it back as it was, and replays when the migrations or the entry change', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'ripple-rehearsal-cache-'));
    try {
      const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/rehearsal/rollback-fails/migrations');
      const [base, added] = [migrations.slice(0, 1), migrations.slice(1)];
      const replayed = await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE, cacheDir });
      const entries = await readdir(cacheDir);
      expect(entries).toHaveLength(1);
      expect(await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE, cacheDir })).toEqual(replayed);

      // The second call read the entry: an edit to it shows through.
      const entry = path.join(cacheDir, entries[0]!);
      const stored = JSON.parse(await readFile(entry, 'utf8')) as { findings: { message: string }[] };
      stored.findings[0]!.message = 'read from the cache';
      await writeFile(entry, JSON.stringify(stored));
      expect((await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE, cacheDir })).findings[0]!.message).toBe('read from the cache');

      // An entry that does not parse is replayed over.
      await writeFile(entry, '{"base": ');
      expect(await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE, cacheDir })).toEqual(replayed);

      // Another statement is another key: a new entry, a new replay.
      const edited = added.map(({ down: _down, ...migration }) => migration);
      const other = await rehearseMigrations(base, edited, { cacheFile: TEST_CACHE_FILE, cacheDir });
      expect(other.rehearsed).toBe(false);
      expect(await readdir(cacheDir)).toHaveLength(2);

      // cacheDir false: nothing read, nothing written.
      expect(await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE, cacheDir: false })).toEqual(replayed);
      expect(await readdir(cacheDir)).toHaveLength(2);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
