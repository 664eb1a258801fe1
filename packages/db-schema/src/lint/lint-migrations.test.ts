import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { splitStatements } from '../migrations/split-statements.js';
import { lintMigrations } from './lint-migrations.js';
import { LINT_RULES } from './lint-rules.js';

/** Loads a fixture, builds the base schema from its first migration on PGlite, and lints the second. */
async function lintFixture(name: string): Promise<Finding[]> {
  const migrations = await loadMigrations(PACKAGE_ROOT, `fixtures/lint/${name}/migrations`);
  const { base } = await snapshotBeforeAndAfter(migrations.slice(0, 1), [], { cacheFile: TEST_CACHE_FILE });
  return lintMigrations(migrations.slice(1), base, { repository: migrations });
}

const where = (finding: Finding): string => `${finding.location.line}:${finding.location.column ?? '?'} ${finding.level} ${finding.id}`;

describe('lintMigrations', () => {
  it('finds every lock, rewrite and compatibility risk of fixtures/lint/risky, at its line and column', async () => {
    const findings = await lintFixture('risky');
    expect(findings.map(where)).toEqual([
      '1:1 warning migration-missing-down',
      '2:1 warning require-lock-timeout',
      '2:1 warning require-statement-timeout',
      '2:33 error adding-required-field',
      '3:46 warning adding-field-with-default',
      '4:1 warning adding-not-nullable-field',
      '5:52 warning changing-column-type',
      '7:7 warning adding-foreign-key-constraint',
      '7:7 warning constraint-missing-not-valid',
      '8:26 warning disallowed-unique-constraint',
      '9:1 warning require-concurrent-index-creation',
      '10:1 warning renaming-column',
      '13:6 info prefer-bigint-over-int',
      '13:6 info prefer-identity',
      '14:9 info prefer-text-field',
      '15:8 info ban-char-field',
      '16:6 warning prefer-timestamp-tz',
      '20:1 warning require-concurrent-index-deletion',
      '21:1 warning ban-drop-column',
      '22:1 warning renaming-table',
    ]);
    expect(findings.every((finding) => finding.location.file === 'fixtures/lint/risky/migrations/0002_billing_regions.up.sql')).toBe(true);
    expect(findings.find((finding) => finding.id === 'adding-required-field')?.message).toBe(
      'public.accounts.region is added NOT NULL without a default: the migration fails on a non-empty table, and writers that omit it break',
    );
    expect(findings.find((finding) => finding.id === 'changing-column-type')?.message).toMatch(/total_cents changes type to numeric\(12,2\):/);
    expect(findings.find((finding) => finding.id === 'adding-field-with-default')?.message).toMatch(/volatile default gen_random_uuid\(\)/);
    expect(new Set(findings.map((finding) => finding.fingerprint)).size).toBe(findings.length);
  });

  it('finds nothing in fixtures/lint/safe: the same kinds of change done the safe way, and a table the change creates', async () => {
    expect((await lintFixture('safe')).map(where)).toEqual([]);
  });

  it('flags dropping or renaming a column the base has, not one the change itself added (fixtures/lint/column-churn, spliit d43e731)', async () => {
    const findings = await lintFixture('column-churn');
    const named = (id: string): string[] => findings.filter((finding) => finding.id === id).map((finding) => `${path.basename(path.dirname(finding.location.file))}:${finding.location.line} ${finding.message}`);
    expect(named('ban-drop-column')).toEqual(['20240128193431_update_documents:11 public.Expense.notes is dropped: its data is lost and deployed code that uses it breaks']);
    expect(named('renaming-column')).toEqual(['20240128193431_update_documents:20 public.Expense.title is renamed to name: deployed code using the old name breaks at once']);
  });

  it('flags dropping an existing table (qualified or not) and its lock, not a table the base does not have', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/lint/safe/migrations');
    const { base } = await snapshotBeforeAndAfter(migrations.slice(0, 1), [], { cacheFile: TEST_CACHE_FILE });
    const file = 'db/0003_drop.sql';
    const sql = 'DROP TABLE IF EXISTS scratch;\nDROP TABLE public.invoices;\nDROP TABLE accounts;\n';
    const drop = { kind: 'migration' as const, file, version: '0003', name: 'drop', format: 'sql-numbered' as const, up: splitStatements(sql, file) };
    expect((await lintMigrations([drop], base)).map(where)).toEqual([
      '2:1 warning ban-drop-table',
      '2:1 info prefer-robust-stmts',
      '2:1 warning require-lock-timeout',
      '2:1 warning require-statement-timeout',
      '3:1 warning ban-drop-table',
      '3:1 info prefer-robust-stmts',
    ]);
  });

  it('gives each rule a unique kebab-case id and docs', () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z]+(-[a-z]+)*$/.test(id))).toBe(true);
    expect(LINT_RULES.every((rule) => rule.docs.length > 40 && (rule.check !== undefined || rule.checkStatements !== undefined || rule.checkMigration !== undefined))).toBe(true);
  });

  it('is documented rule by rule in docs/migration-lint.md, with the level the code has', async () => {
    const doc = await readFile(path.join(PACKAGE_ROOT, '../../docs/migration-lint.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| <a id="([a-z-]+)"><\/a>`\1` \| (error|warning|info) \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(documented).toEqual(LINT_RULES.map((rule) => `${rule.id} ${rule.level}`));
  });
});
