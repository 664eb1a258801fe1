import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ schedules: ['id', 'name', 'retry_count', 'retry_max'] });

describe('knex models as modules of functions', () => {
  it('namespace-module-calls: `schedules.create(db, { retryCount })` of `import * as schedules` writes the parameter type', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/knex/namespace-module-calls', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    // `Schedule` mirrors `schedules` (its mapper ties it too); `logger.info({ retryCount })` writes nothing.
    expect(siteLines(usages).filter((line) => line.startsWith('lib/workers/'))).toEqual([
      'lib/workers/scheduling.ts:7:9 public.schedules.name write name scheduleNightly name-match',
      'lib/workers/scheduling.ts:8:9 public.schedules.retry_max write name scheduleNightly name-match',
      'lib/workers/scheduling.ts:9:9 public.schedules.retry_count write name scheduleNightly name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
