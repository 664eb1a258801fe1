import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { supabasePlatformSite } from './platform-stand-ins.js';
import { rehearseMigrations } from './rehearse-migrations.js';

const dir = 'fixtures/supabase-platform/supabase/migrations';

describe('a Supabase project\'s migrations', () => {
  it('supabase-platform: apply on a stand-in of the platform (schemas, roles, auth.users, auth.uid(), storage, uuid-ossp), said once', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    const base = migrations.slice(0, 3);
    const added = migrations.slice(3);
    const result = await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE });
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`)).toEqual([
      `migration/platform-stand-in ${dir}/20240108234540_setup.sql:2`,
      `migration/extension-stand-in ${dir}/20240108234540_setup.sql:2`,
      // Supabase migrations have no down migration: the rollback is not rehearsed, and the report says so.
      `migration/rehearsal-skipped ${dir}/20240213040255_remove_request_in_body_from_tools.sql:1`,
    ]);
    expect(result.findings.map((finding) => finding.message)).toEqual([]);
    const changes = diffSchemas(result.base, result.head, { migrations: added });
    expect(changes.map((change) => `${change.kind} ${change.column.schema}.${change.column.table}.${change.column.column}`)).toEqual([
      'column-dropped public.tools.request_in_body',
    ]);
    expect(result.base.tables.filter((table) => table.schema === 'public').map((table) => table.name)).toEqual(['profiles', 'tools']);
  });

  it('is not a Supabase project without its names or folder', async () => {
    const migration = (file: string, sql: string) => ({ kind: 'migration' as const, file, version: '1', name: 'm', format: 'sql-numbered' as const, up: [{ file, sql, line: 3, column: 1 }] });
    expect(supabasePlatformSite([migration('db/migrations/1.sql', 'CREATE TABLE users (id int); GRANT SELECT ON users TO reporting')])).toBeUndefined();
    expect(supabasePlatformSite([migration('db/migrations/1.sql', 'CREATE POLICY p ON t TO authenticated USING (true)')])).toEqual({ file: 'db/migrations/1.sql', line: 3, column: 1 });
    expect(supabasePlatformSite([migration('apps/web/supabase/migrations/1.sql', 'CREATE TABLE t (id int)')])).toEqual({ file: 'apps/web/supabase/migrations/1.sql', line: 3, column: 1 });
  });
});

describe('the Supabase CLI runs each migration file in its own transaction', () => {
  it("supabase-cli: a temp table ON COMMIT DROP lives until its file ends, not into the next file (capgo's backfill)", async () => {
    const cli = 'fixtures/supabase-cli/supabase/migrations';
    const migrations = await loadMigrations(PACKAGE_ROOT, cli);
    expect(migrations.map((migration) => migration.format)).toEqual(['supabase', 'supabase', 'supabase']);
    const added = migrations.slice(1);
    const result = await rehearseMigrations(migrations.slice(0, 1), added, { cacheFile: TEST_CACHE_FILE });
    expect(result.findings.filter((finding) => finding.id === 'new-migration-fails').map((finding) => `${finding.location.file.split('/').at(-1)}:${finding.location.line} ${finding.message}`)).toEqual([
      '20260320090000_backfill_again.sql:5 relation "temp_daily_build_stats" does not exist (in: UPDATE public.global_stats AS gs)',
    ]);
    expect(diffSchemas(result.base, result.head, { migrations: added }).map((change) => `${change.kind} ${change.column.table}.${change.column.column}`)).toEqual([
      'column-renamed global_stats.build_minutes_day_ios',
      'column-type-changed global_stats.build_minutes_day_ios',
      'column-renamed global_stats.builds_day_ios',
    ]);
  });
});

describe('Supabase Queues, Vault and MFA factors', () => {
  it("supabase-queues: pgmq.create/send, vault.decrypted_secrets and auth.mfa_factors apply on stand-ins (capgo's base migration)", async () => {
    const queues = 'fixtures/supabase-queues/supabase/migrations';
    const migrations = await loadMigrations(PACKAGE_ROOT, queues);
    const added = migrations.slice(1);
    const result = await rehearseMigrations(migrations.slice(0, 1), added, { cacheFile: TEST_CACHE_FILE });

    expect(result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file.split('/').at(-1)}:${diagnostic.location.line}`)).toEqual([
      'migration/platform-stand-in 20250530233128_base.sql:1',
      'migration/extension-stand-in 20250530233128_base.sql:3',
      'migration/extension-stand-in 20250530233128_base.sql:7',
      'migration/rehearsal-skipped 20260501120000_remove_sso_enabled_flag.sql:1',
    ]);
    expect(diffSchemas(result.base, result.head, { migrations: added }).map((change) => `${change.kind} ${change.column.table}.${change.column.column}`)).toEqual([
      'column-dropped orgs.sso_enabled',
    ]);
  });
});
