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
