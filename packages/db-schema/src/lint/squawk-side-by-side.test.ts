import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { sqlSourceMigration } from './lint-files.js';
import { renderSideBySideTable } from './lint-docs.js';
import { measureMigrations } from './measure-statements.js';
import { computeSideBySide, lintHeldIn, readSideBySide } from './squawk-side-by-side.js';

describe('side by side with the real squawk-cli', () => {
  it('gives the checked-in table: an agreement that turns into a difference (or back) fails until `pnpm side-by-side` is rerun', async () => {
    const [computed, checkedIn] = await Promise.all([computeSideBySide({ cacheFile: TEST_CACHE_FILE }), readSideBySide()]);
    expect(computed.cases.filter((row) => row.reasons.some((reason) => reason.endsWith('UNEXPLAINED')))).toEqual([]);
    expect(computed).toEqual(checkedIn);
    const doc = await readFile(path.join(PACKAGE_ROOT, '../../docs/migration-lint.md'), 'utf8');
    expect(doc).toContain(renderSideBySideTable(checkedIn));
  }, 120_000);

  it('agrees with squawk on most of its own published cases', async () => {
    const table = await readSideBySide();
    const published = table.cases.filter((row) => row.case.includes('/squawk-cases/'));
    expect(published.length).toBeGreaterThan(300);
    expect(published.filter((row) => row.verdict === 'agree').length / published.length).toBeGreaterThan(0.7);
  });
});

describe('held-in cases, measured on PGlite', () => {
  const ids = async (name: string) => (await lintHeldIn(`fixtures/lint/held-in/${name}`, { cacheFile: TEST_CACHE_FILE })).map((finding) => finding.id).sort();

  it('passes the type changes that rewrite nothing, and reports the ones that do', async () => {
    for (const name of ['varchar-widening', 'varchar-to-text', 'numeric-precision']) expect(await ids(name), name).not.toContain('changing-column-type');
    for (const name of ['numeric-scale', 'int-to-bigint']) expect(await ids(name), name).toContain('changing-column-type');
    // knex's .alter() drops NOT NULL on purpose (ban-drop-not-null holds), but its USING cast rewrites nothing.
    expect(new Set(await ids('knex-alter'))).toEqual(new Set(['ban-drop-not-null', 'prefer-robust-stmts', 'prefer-text-field']));
  }, 60_000);

  it('reads the locks and rewrites from pg_locks and relfilenode', async () => {
    const read = async (name: string, file: string) => sqlSourceMigration({ file, sql: await readFile(path.join(PACKAGE_ROOT, 'fixtures/lint/held-in', name, file), 'utf8') });
    const widen = await measureMigrations([await read('int-to-bigint', 'base.sql')], [await read('int-to-bigint', 'change.sql')], { cacheFile: TEST_CACHE_FILE });
    const alter = [...widen.measurements.values()].at(-1);
    expect(alter?.locks[0]).toEqual({ relation: 'public.events', mode: 'ACCESS EXCLUSIVE' });
    expect(alter?.rewritten).toEqual(['public.events', 'public.events_pkey']);

    const attach = await measureMigrations([await read('attach-partition', 'base.sql')], [await read('attach-partition', 'change.sql')], { cacheFile: TEST_CACHE_FILE });
    const attached = [...attach.measurements.values()].at(-1);
    expect(attached?.locks).toContainEqual({ relation: 'public.measurements', mode: 'SHARE UPDATE EXCLUSIVE' });
    expect(attached?.rewritten).toEqual([]);
  }, 60_000);

  it('turns a statement that does not apply into a new-migration-fails finding and measures the rest', async () => {
    const base = sqlSourceMigration({ file: 'db/0001.sql', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n' });
    const change = sqlSourceMigration({ file: 'db/0002.sql', sql: 'ALTER TABLE users ADD COLUMN age int;\nALTER TABLE nope ADD COLUMN x int;\nALTER TABLE users ALTER COLUMN age TYPE bigint;\n' });
    const measured = await measureMigrations([base], [change], { cacheFile: TEST_CACHE_FILE });
    expect(measured.findings.map((finding) => `${finding.location.line} ${finding.id} ${finding.level}`)).toEqual(['2 new-migration-fails error']);
    expect(measured.findings[0]?.message).toMatch(/relation "nope" does not exist/);
    expect(measured.measurements.size).toBe(2);
  }, 60_000);
});
