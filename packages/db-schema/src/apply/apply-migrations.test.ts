import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { rehearsalSkipped, rehearseMigrations } from './rehearse-migrations.js';

async function replay(name: string, newCount = 0) {
  const migrations = await loadMigrations(PACKAGE_ROOT, `fixtures/replay/${name}/migrations`, { syntaxErrors: 'report' });
  const split = migrations.length - newCount;
  const added = migrations.slice(split);
  const result = await rehearseMigrations(migrations.slice(0, split), added, { cacheFile: TEST_CACHE_FILE });
  return { ...result, changes: diffSchemas(result.base, result.head, { migrations: added }) };
}

const shown = (items: readonly { location: { file: string; line: number; column?: number }; message: string; code?: string; id?: string }[]) =>
  items.map((item) => `${item.code ?? item.id} ${item.location.file.split('/').slice(-1)[0]}:${item.location.line}:${item.location.column} ${item.message}`);

const columns = (snapshot: { tables: readonly { name: string; columns: readonly { name: string }[] }[] }) =>
  snapshot.tables.map((table) => `${table.name}(${table.columns.map((column) => column.name).join(', ')})`);

describe('replaying a history past what fails', () => {
  it('goes on past a base file with a syntax error and a statement production patched by hand, and diffs the new migration', async () => {
    const result = await replay('broken-history', 1);
    expect(shown(result.diagnostics)).toEqual([
      'migration/syntax-error V2__add_phone_typo.sql:3:39 base migration: syntax error at or near "text"; flyway runs the file in one transaction, so none of its statements were applied',
      'migration/base-failed V3__orders.sql:3:1 base migration statement fails, skipped: relation "customers" already exists (in: CREATE TABLE customers (id int PRIMARY KEY))',
      'migration/rehearsal-skipped V5__email_address.sql:1:undefined rollback and re-upgrade not rehearsed: the new migrations have no down migration',
    ]);
    expect(result.findings).toEqual([]);
    expect(columns(result.base)).toEqual(['customers(id, email, name)', 'orders(id, customer_id, total)']);
    expect(result.changes.map((change) => `${change.kind} ${change.column.table}.${change.column.column}`)).toEqual([
      'column-renamed customers.email',
      'column-added orders.note',
      'column-type-changed orders.total',
    ]);
  });

  it('a syntax error only in a base migration`s down (Knex`s enum `.alter()`): its up statements still apply', async () => {
    const result = await replay('knex-down-syntax-error', 1);
    expect(shown(result.diagnostics)).toEqual([
      'migration/syntax-error 2026-06-19-1412-analytics-type-to-string.js:17:12 base migration: down migration: syntax error at or near "check"; only its rollback has that statement; the up statements were applied',
    ]);
    // The up's `type varchar(255)` applied: the column is no longer the enum's check-constrained text.
    const column = result.base.tables.find((table) => table.name === 'status_page')?.columns.find((candidate) => candidate.name === 'analytics_type');
    expect(column?.type).toBe('character varying(255)');
    expect(result.changes.map((change) => `${change.kind} ${change.column.table}.${change.column.column}`)).toEqual(['column-added status_page.footer_text']);
  });

  it("resolves another schema's objects named without their schema (drizzle-kit's enum of a pgSchema), and still makes unqualified tables in public", async () => {
    const result = await replay('unqualified-schema-objects', 1);
    expect(shown(result.diagnostics)).toEqual([
      'migration/rehearsal-skipped 0002_paid_at.sql:1:undefined rollback and re-upgrade not rehearsed: the new migrations have no down migration',
    ]);
    expect(result.base.tables.map((table) => `${table.schema}.${table.name}(${table.columns.map((column) => column.name).join(', ')})`)).toEqual([
      'app.orders(id, status)',
      'public.audit_events(id, order_id)',
    ]);
    expect(result.changes.map((change) => `${change.kind} ${change.column.schema}.${change.column.table}.${change.column.column}`)).toEqual(['column-added app.orders.paid_at']);
  });

  it('runs a file in one transaction where its runner does: a temporary table ON COMMIT DROP lives until the file ends', async () => {
    const result = await replay('file-transaction');
    expect(result.diagnostics).toEqual([]);
    expect(columns(result.base)).toEqual(['currencies(code)']);
  });

  it('runs each statement on its own where the runner does (autocommit): the same file fails there, and says so', async () => {
    const result = await replay('autocommit-transaction');
    expect(shown(result.diagnostics)).toEqual([
      'migration/base-failed 0001_seed_from_temp.sql:2:13 base migration statement fails, skipped: relation "staged" does not exist (in: INSERT INTO staged VALUES (\'eur\'), (\'usd\'))',
      'migration/base-failed 0001_seed_from_temp.sql:3:45 base migration statement fails, skipped: relation "staged" does not exist (in: CREATE TABLE currencies AS SELECT code FROM staged)',
    ]);
    expect(columns(result.base)).toEqual([]);
  });

  it('runs BEGIN / COMMIT of an autocommit file as written, and rolls back what the file leaves open, as psql does', async () => {
    const result = await replay('autocommit-begin');
    expect(result.diagnostics).toEqual([]);
    expect(columns(result.base)).toEqual(['accounts(id)', 'plans(id)']);
  });

  it('says why the rollback is not rehearsed: the new migrations without a down, or a new one that fails', () => {
    const migration = (file: string, down: boolean) => ({
      kind: 'migration' as const, file, version: file, name: file, format: 'golang-migrate' as const, up: [],
      ...(down ? { down: { file: `${file}.down`, statements: [] } } : {}),
    });
    const messages = [
      rehearsalSkipped([migration('a', true), migration('b', false)], false),
      rehearsalSkipped([migration('a', false)], false),
      rehearsalSkipped([migration('a', true)], true),
      rehearsalSkipped([migration('a', true)], false),
      rehearsalSkipped([], false),
    ].map((diagnostic) => diagnostic && `${diagnostic.location.file} ${diagnostic.message}`);
    expect(messages).toEqual([
      'b rollback and re-upgrade not rehearsed: b has no down migration',
      'a rollback and re-upgrade not rehearsed: the new migrations have no down migration',
      'a rollback and re-upgrade not rehearsed: a new migration fails to apply',
      undefined,
      undefined,
    ]);
  });

  it('runs CREATE INDEX CONCURRENTLY outside the file transaction, and leaves BEGIN / COMMIT in the file to the wrapper', async () => {
    const result = await replay('concurrently');
    expect(result.diagnostics).toEqual([]);
    expect(columns(result.base)).toEqual(['accounts(id, email, plan)']);
    expect(result.base.indexes.map((index) => index.name)).toEqual(['accounts_email_idx', 'accounts_pkey']);
  });

  it('reports a new migration that fails as a finding, and the head is what applied', async () => {
    const result = await replay('new-fails', 1);
    expect(shown(result.findings)).toEqual([
      'new-migration-fails V2__rename_and_add.sql:2:1 column "mail" does not exist (in: ALTER TABLE customers RENAME COLUMN mail TO email_address)',
    ]);
    expect(result.findings.map((finding) => finding.level)).toEqual(['error']);
    expect(result.rehearsed).toBe(false);
    expect(shown(result.diagnostics)).toEqual([
      'migration/rehearsal-skipped V2__rename_and_add.sql:1:undefined rollback and re-upgrade not rehearsed: a new migration fails to apply',
    ]);
    expect(result.changes.map((change) => `${change.kind} ${change.column.table}.${change.column.column}`)).toEqual(['column-added customers.phone']);
  });

  it('says a failing statement may depend on the dynamic statement the loader skipped just before it', async () => {
    const result = await replay('after-dynamic');
    expect(shown(result.diagnostics)).toEqual([
      'migration/base-failed 20240102120000_plans.ts:7:19 base migration statement fails, skipped: relation "plans" does not exist ' +
        '(in: ALTER TABLE plans ADD COLUMN price int); it may depend on the skipped dynamic statement at fixtures/replay/after-dynamic/migrations/20240102120000_plans.ts:4',
    ]);
  });

  it('applies the statements of a base file that parse where its runner runs each on its own', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/syntax-error/migrations', { syntaxErrors: 'report' });
    const result = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(shown(result.diagnostics)).toEqual([
      'migration/syntax-error 0002_add_phone.sql:3:41 base migration: syntax error at or near "text"; that statement is left out; the other statements of the file were applied',
    ]);
    expect(columns(result.head)).toEqual(['customers(id)']);
  });

  it('goes on past a base statement PostgreSQL refuses (fixtures/apply-failed)', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/apply-failed/migrations');
    const result = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(shown(result.diagnostics)).toEqual([
      'migration/base-failed 0002_rename_typo.sql:3:1 base migration statement fails, skipped: column "emial" does not exist (in: ALTER TABLE customers RENAME COLUMN emial TO email_address)',
    ]);
    expect(columns(result.head)).toEqual(['customers(id, email)']);
  });
});
