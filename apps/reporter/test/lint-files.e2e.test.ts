import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fingerprint, type ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

async function ripple(argv: readonly string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  const io = { ...recordingIo(), ...(stdin !== undefined ? { readStdin: async () => stdin } : {}) };
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const RISKY = `ALTER TABLE accounts ADD COLUMN region text NOT NULL;
CREATE INDEX accounts_region_idx ON accounts (region);
CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp, body json);
`;

/** A folder of migration files, as a squawk user has one. */
async function migrationsFolder(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = await tempDir('lint-files');
  await mkdir(join(dir, 'migrations'));
  for (const [name, sql] of Object.entries(files)) await writeFile(join(dir, 'migrations', name), sql);
  return dir;
}

const gccIds = (out: string): string[] => out.trim().split('\n').filter(Boolean).map((line) => `${line.split(': ')[0]} ${/\[([a-z-]+)\]$/.exec(line)?.[1] ?? '?'}`);

describe('ripple lint FILE...', () => {
  it('lints files statically, as squawk does, with gcc lines at file:line:col and squawk ids', async () => {
    const dir = await migrationsFolder({ '0001_regions.sql': RISKY });
    const file = join(dir, 'migrations/0001_regions.sql');
    const result = await ripple(['lint', '--static', '--format', 'gcc', file]);
    expect(result.code).toBe(1);
    // Sorted by file, line, then rule id, as every Ripple report.
    expect(gccIds(result.out).map((line) => line.replace(`${dir}/`, ''))).toEqual([
      'migrations/0001_regions.sql:1:33 adding-required-field',
      'migrations/0001_regions.sql:1:33 prefer-robust-stmts',
      'migrations/0001_regions.sql:1:1 require-lock-timeout',
      'migrations/0001_regions.sql:1:1 require-statement-timeout',
      'migrations/0001_regions.sql:2:1 prefer-robust-stmts',
      'migrations/0001_regions.sql:2:1 require-concurrent-index-creation',
      'migrations/0001_regions.sql:3:92 prefer-jsonb',
      'migrations/0001_regions.sql:3:1 prefer-robust-stmts',
      'migrations/0001_regions.sql:3:76 prefer-timestamp-tz',
    ]);
  });

  it('takes globs and stdin, leaves out --exclude rules (former ids too) and --exclude-path files, and exits 0 under --fail-on', async () => {
    const dir = await migrationsFolder({ '0001_a.sql': 'ALTER TABLE t DROP COLUMN c;\n', '0002_b.sql': 'DROP TABLE old_things;\n', 'notes.txt': 'not sql' });
    const globbed = await ripple(['lint', '--static', '--format', 'json', `${dir}/migrations/*.sql`, '--exclude-path', '**/0002_b.sql', '--exclude', 'require-timeout-settings,prefer-robust-stmts']);
    const report = JSON.parse(globbed.out) as ImpactReport;
    expect(report.findings.map((finding) => `${finding.location.file.split('/').at(-1)} ${finding.id}`)).toEqual(['0001_a.sql ban-drop-column']);
    expect(globbed.code).toBe(1);

    const stdin = await ripple(['lint', '--format', 'gcc', '--stdin-filepath', 'db/0003.sql', '--fail-on', 'error', '-'], 'TRUNCATE accounts CASCADE;\n');
    expect(gccIds(stdin.out)).toEqual(['db/0003.sql:1:1 ban-truncate-cascade', 'db/0003.sql:1:1 require-lock-timeout', 'db/0003.sql:1:1 require-statement-timeout']);
    expect(stdin.code).toBe(1);
    expect((await ripple(['lint', '--static', '--fail-on', 'never', '--format', 'json', `${dir}/migrations/0002_b.sql`])).code).toBe(0);
  });

  it('honours -- squawk-ignore and -- ripple-ignore comments, by current and former id', async () => {
    const sql = '-- squawk-ignore ban-drop-column\nALTER TABLE t DROP COLUMN c;\n-- ripple-ignore-file require-timeout-settings, prefer-robust-stmts\nCREATE INDEX i ON t (c);\n';
    const result = await ripple(['lint', '--format', 'gcc', '--stdin-filepath', 'x.sql', '-'], sql);
    expect(gccIds(result.out)).toEqual(['x.sql:4:1 require-concurrent-index-creation']);
  });

  it('writes GitLab code quality and SARIF', async () => {
    const gitlab = JSON.parse((await ripple(['lint', '--format', 'gitlab', '--stdin-filepath', 'x.sql', '-'], 'DROP DATABASE prod;\n')).out) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(gitlab.map((issue) => `${issue.check_name} ${issue.severity} ${issue.location.path}:${issue.location.lines.begin}`)).toEqual(['ban-drop-database major x.sql:1']);
    const sarif = JSON.parse((await ripple(['lint', '--format', 'sarif', '--stdin-filepath', 'x.sql', '-'], 'DROP DATABASE prod;\n')).out) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toContain('ban-drop-database');
  });

  it('a file that does not parse: one line file:line:col: message on stderr, exit 2', async () => {
    const dir = await migrationsFolder({ '0001_bad.sql': 'ALTER TABLE t ADD COLUMN a int;\nSELEC 1;\n' });
    const result = await ripple(['lint', '--static', '--format', 'json', join(dir, 'migrations/0001_bad.sql')]);
    expect(result.code).toBe(2);
    // The path as given (absolute here), as squawk prints it.
    expect(result.err.trim().split('\n')).toEqual([`${join(dir, 'migrations/0001_bad.sql')}:2:1: syntax error at or near "SELEC"`]);
  });

  it('rejects an unknown rule id as a usage error', async () => {
    const result = await ripple(['lint', '--exclude', 'no-such-rule', '-'], 'SELECT 1;\n');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--exclude: no lint rule no-such-rule/);
  });
});

describe('ripple lint --repo DIR FILE...', () => {
  it('uses the base schema: measured locks and rewrites, tables the change creates exempt, an apply error as a finding (exit 1 at --fail-on error)', async () => {
    const repo = await tempDir('lint-repo');
    await cp(resolve(import.meta.dirname, '../../../packages/db-schema/fixtures/lint/safe'), repo, { recursive: true });
    await writeFile(
      join(repo, 'migrations/0004_widen.up.sql'),
      "SET lock_timeout = '2s';\nSET statement_timeout = '5s';\nALTER TABLE accounts ALTER COLUMN email TYPE varchar;\nALTER TABLE no_such_table ADD COLUMN x bigint;\nALTER TABLE invoices ALTER COLUMN total_cents TYPE numeric;\n",
    );
    await writeFile(join(repo, 'migrations/0004_widen.down.sql'), 'SELECT 1;\n');
    const result = await ripple(['lint', '--repo', repo, '--format', 'json', '--fail-on', 'error', join(repo, 'migrations/0004_widen.up.sql')]);
    const report = JSON.parse(result.out) as ImpactReport;
    expect(report.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.level} ${finding.id}`)).toEqual([
      'migrations/0004_widen.up.sql:4 error new-migration-fails',
      'migrations/0004_widen.up.sql:5 warning changing-column-type',
    ]);
    expect(report.findings[1]?.message).toMatch(/measured on PGlite, public\.invoices, public\.invoices_pkey rewritten under an ACCESS EXCLUSIVE lock/);
    expect(result.code).toBe(1);
  }, 60_000);
});

describe('renamed ids', () => {
  it('a baseline entry written for require-timeout-settings still accepts require-lock-timeout', async () => {
    const dir = await tempDir('lint-baseline');
    const message = 'public.t is locked ACCESS EXCLUSIVE with no lock_timeout set earlier in the migration: queries queue behind it while it waits';
    const baseline = join(dir, 'baseline.json');
    await writeFile(baseline, JSON.stringify({ version: 1, entries: [{ fingerprint: fingerprint('require-timeout-settings', 'x.sql', message), reason: 'accepted before the rename' }] }));
    const result = await ripple(['lint', '--format', 'json', '--baseline', baseline, '--stdin-filepath', 'x.sql', '-'], 'ALTER TABLE t DROP COLUMN c;\n');
    const report = JSON.parse(result.out) as ImpactReport;
    expect(report.findings.find((finding) => finding.id === 'require-lock-timeout')?.accepted?.reason).toBe('accepted before the rename');
    expect(report.findings.some((finding) => finding.id === 'baseline-entry-unused')).toBe(false);
  });
});
