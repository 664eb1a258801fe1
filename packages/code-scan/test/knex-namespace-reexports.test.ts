import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ getting_started_progress: ['id', 'user_id', 'connection_id', 'step', 'closed', 'created_at', 'updated_at'] });

describe('namespaces a workspace package re-exports', () => {
  it('namespace-reexports: `gettingStartedService.createProgress(db, {...})` of `export * as gettingStartedService` in the package writes its parameter type', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/knex/namespace-reexports', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    // Each key of the literal handed to the re-exported function; not `billClient.createProgress({ closed })`. The
    // function inserts its parameter whole into `getting_started_progress`: each key is that column's write, by the
    // flow of @nangohq/shared's own fold (`test/cross-package-arguments.test.ts`), no longer by the type's name.
    expect(siteLines(usages).filter((line) => line.startsWith('packages/server/'))).toEqual([
      'packages/server/lib/controllers/v1/gettingStarted/patchGettingStarted.integration.test.ts:6:9 public.getting_started_progress.user_id write flow -',
      'packages/server/lib/controllers/v1/gettingStarted/patchGettingStarted.integration.test.ts:7:9 public.getting_started_progress.connection_id write flow -',
      'packages/server/lib/controllers/v1/gettingStarted/patchGettingStarted.integration.test.ts:8:9 public.getting_started_progress.step write flow -',
      'packages/server/lib/controllers/v1/gettingStarted/patchGettingStarted.integration.test.ts:9:9 public.getting_started_progress.closed write flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
