import type { SchemaSnapshot } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser, splitStatements } from '../migrations/split-statements.js';
import { lintSqlFiles } from './lint-files.js';
import { lintMigrationsSync, type LintOptions } from './lint-migrations.js';
import { LINT_RULES } from './lint-rules.js';

/** Static lint of one SQL text: `line id` of each finding. */
async function lint(sql: string, options: LintOptions = {}): Promise<string[]> {
  const { findings, syntaxErrors } = await lintSqlFiles([{ file: 'm.sql', sql }], undefined, options);
  expect(syntaxErrors).toEqual([]);
  return findings.map((finding) => `${finding.location.line} ${finding.id}`);
}

const EMPTY_SCHEMA: SchemaSnapshot = { kind: 'schema-snapshot', schemas: ['public'], tables: [], views: [], indexes: [], constraints: [], dependencies: [] };

/** The findings of one rule only. */
const only = (id: string, lines: readonly string[]): string[] => lines.filter((line) => line.endsWith(` ${id}`));

// Cases for the rules squawk's published cases do not reach (strong_migrations' and Ripple's own) and for what
// Ripple decides differently: each `invalid` case pins the lines the rule reports, each `valid` one reports nothing.
const CASES: readonly { readonly rule: string; readonly valid: readonly string[]; readonly invalid: readonly (readonly [string, readonly number[]])[]; readonly options?: LintOptions }[] = [
  {
    rule: 'backfill-with-schema-change',
    valid: ['ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = \'free\';\n', 'BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nCOMMIT;\nUPDATE users SET plan = \'free\';\n'],
    invalid: [['BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = \'free\';\nCOMMIT;\n', [3]]],
  },
  {
    rule: 'index-on-many-columns',
    valid: ['CREATE INDEX CONCURRENTLY i ON t (a, b, c);\n', 'CREATE UNIQUE INDEX CONCURRENTLY i ON t (a, b, c, d);\n'],
    invalid: [['CREATE INDEX CONCURRENTLY i ON t (a, b, c, d);\n', [1]]],
  },
  {
    rule: 'prefer-jsonb',
    valid: ['ALTER TABLE t ADD COLUMN doc jsonb;\n'],
    invalid: [['ALTER TABLE t ADD COLUMN doc json;\nCREATE TABLE u (doc json);\n', [1, 2]]],
  },
  {
    rule: 'identifier-too-long',
    // The parser truncates names to 63 bytes itself: the rule reads the scanner's tokens.
    valid: [`CREATE TABLE ${'a'.repeat(63)} (id bigint);\n`],
    invalid: [[`CREATE TABLE t (\n  ${'b'.repeat(64)} bigint,\n  "${'é'.repeat(32)}" text\n);\n`, [2, 3]]],
  },
  {
    rule: 'adding-not-nullable-field',
    valid: ['ALTER TABLE t ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT c_nn;\nALTER TABLE t ALTER COLUMN c SET NOT NULL;\n'],
    invalid: [['ALTER TABLE t ADD CONSTRAINT d_nn CHECK (d IS NOT NULL) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT d_nn;\nALTER TABLE t ALTER COLUMN c SET NOT NULL;\n', [3]]],
  },
  {
    rule: 'adding-field-with-default',
    valid: ["ALTER TABLE t ADD COLUMN c text DEFAULT 'x';\n", 'ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();\n', 'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a * 2) VIRTUAL;\n'],
    invalid: [['ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();\nALTER TABLE t ADD COLUMN d int GENERATED ALWAYS AS (a * 2) STORED;\nALTER TABLE t ADD COLUMN e int DEFAULT my_function();\n', [1, 2, 3]]],
  },
  {
    rule: 'adding-field-with-default',
    options: { pgVersion: 10 },
    valid: ['ALTER TABLE t ADD COLUMN c text;\n'],
    invalid: [["ALTER TABLE t ADD COLUMN c text DEFAULT 'x';\n", [1]]],
  },
  {
    rule: 'require-lock-timeout',
    // SHARE UPDATE EXCLUSIVE (CONCURRENTLY, VALIDATE) queues no reader or writer behind it.
    valid: ['CREATE INDEX CONCURRENTLY i ON t (a);\n', 'ALTER TABLE t VALIDATE CONSTRAINT c;\n', "SET lock_timeout = '1s';\nALTER TABLE t DROP COLUMN c;\n"],
    invalid: [['CREATE TABLE a (id bigint);\nALTER TABLE a ADD COLUMN b int;\nCREATE INDEX i ON t (a);\nALTER TABLE t DROP COLUMN c;\n', [3]]],
  },
  {
    rule: 'transaction-nesting',
    valid: ['BEGIN;\nSELECT 1;\nCOMMIT;\n'],
    invalid: [['BEGIN;\nBEGIN;\nCOMMIT;\nCOMMIT;\n', [2, 4]]],
  },
  {
    rule: 'transaction-nesting',
    options: { assumeInTransaction: true },
    valid: ['SELECT 1;\n'],
    invalid: [['BEGIN;\nSELECT 1;\nCOMMIT;\n', [1, 3]]],
  },
  {
    rule: 'ban-uncommitted-transaction',
    valid: ['BEGIN;\nSELECT 1;\nCOMMIT;\n'],
    invalid: [['BEGIN;\nSELECT 1;\n', [1]]],
  },
  {
    rule: 'ban-concurrent-index-creation-in-transaction',
    valid: ['CREATE INDEX CONCURRENTLY i ON t (a);\n'],
    invalid: [['BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;\n', [2]]],
  },
  {
    rule: 'require-concurrent-reindex',
    valid: ['REINDEX INDEX CONCURRENTLY i;\n'],
    invalid: [['REINDEX INDEX i;\nREINDEX (CONCURRENTLY false) TABLE t;\n', [1, 2]]],
  },
  {
    rule: 'prefer-robust-stmts',
    valid: ['ALTER TABLE t DROP CONSTRAINT IF EXISTS c;\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT c;\n', 'CREATE TEMP TABLE x (a int) ON COMMIT DROP;\n'],
    invalid: [['CREATE TABLE x (a int);\nALTER TABLE t ADD COLUMN b int;\nDROP INDEX i;\n', [1, 2, 3]]],
  },
];

describe('lint rules, case by case', () => {
  for (const { rule, valid, invalid, options } of CASES) {
    it(`${rule}${options ? ` with ${JSON.stringify(options)}` : ''}`, async () => {
      for (const sql of valid) expect(only(rule, await lint(sql, options)), sql).toEqual([]);
      for (const [sql, lines] of invalid) expect(only(rule, await lint(sql, options)), sql).toEqual(lines.map((line) => `${line} ${rule}`));
    });
  }

  it('concurrently-in-runner-transaction: a format whose runner wraps the file, unless the statement is alone in a one-query format', async () => {
    await loadSqlParser();
    const migration = (format: Migration['format'], sql: string): Migration => ({ kind: 'migration', file: 'm.sql', version: '1', name: 'm', format, up: splitStatements(sql, 'm.sql') });
    const both = 'ALTER TABLE t ADD COLUMN a int;\nCREATE INDEX CONCURRENTLY i ON t (a);\n';
    const lone = 'CREATE INDEX CONCURRENTLY i ON t (a);\n';
    const ids = (m: Migration) => only('concurrently-in-runner-transaction', lintMigrationsSync([m], EMPTY_SCHEMA).map((finding) => `${finding.location.line} ${finding.id}`));
    expect(ids(migration('knex', lone))).toEqual(['1 concurrently-in-runner-transaction']);
    expect(ids(migration('golang-migrate', both))).toEqual(['2 concurrently-in-runner-transaction']);
    expect(ids(migration('golang-migrate', lone))).toEqual([]);
    expect(ids(migration('sql-numbered', both))).toEqual([]);
  });

  it('ignore comments: squawk-ignore on its line and the next (as squawk reads them), ripple-ignore-file, former ids', async () => {
    const sql = '-- squawk-ignore ban-drop-column\nALTER TABLE t DROP COLUMN a;\n\nALTER TABLE t DROP COLUMN b; -- ripple-ignore ban-drop-column\n\nALTER TABLE t DROP COLUMN c;\n-- squawk-ignore-file prefer-timestamptz\nCREATE TABLE u (at timestamp);\n';
    expect(only('ban-drop-column', await lint(sql))).toEqual(['6 ban-drop-column']);
    expect(only('prefer-timestamp-tz', await lint(sql))).toEqual([]);
  });

  it('every rule has an origin, docs, and a case here or among squawk\'s published cases', () => {
    const covered = new Set(CASES.map((row) => row.rule));
    const squawkRules = LINT_RULES.filter((rule) => rule.origin === 'squawk').map((rule) => rule.id);
    expect(squawkRules).toHaveLength(38);
    for (const rule of LINT_RULES) expect(rule.origin === 'squawk' || covered.has(rule.id) || ['migration-missing-down', 'concurrently-in-runner-transaction'].includes(rule.id), rule.id).toBe(true);
  });
});
