import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ _nango_active_logs: ['id', 'type', 'action', 'connection_id', 'activity_log_id', 'log_id', 'active', 'sync_id'] });

describe('knex service objects', () => {
  it('service-objects: `errorNotificationService.auth.create({ ... })` writes the keys into the parameter type, within the package and from another, as does a typed receiver\'s method', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/knex/service-objects', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    const callers = siteLines(usages).filter((line) => line.includes('activity_log_id') && !line.includes('error.service.ts') && !line.startsWith('packages/types/'));
    // From the server through the package (`auth.create`: `Required<Pick<ActiveLog, ...>>`), and within the package
    // through a relative import (`sync.create`: that type intersected with another pick). `logger.error({ activity_log_id })`
    // (a `Record`) writes nothing.
    expect(callers).toEqual([
      'packages/server/lib/hooks/hooks.ts:8:9 public._nango_active_logs.activity_log_id write knex connectionRefreshFailed',
      // A method of a typed receiver whose class the package exports: `store.record({ ... })`, not `store.trace({ ... })`.
      'packages/server/lib/hooks/refresh.ts:9:9 public._nango_active_logs.activity_log_id write knex onRefreshFailed',
      'packages/shared/lib/services/sync/run.service.ts:15:13 public._nango_active_logs.activity_log_id write knex SyncRun.reportFailure',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
