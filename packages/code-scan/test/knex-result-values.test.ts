import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ schedules: ['id', 'name', 'state', 'retry_count', 'retry_max'] });

describe('results of a Result<T>', () => {
  it('result-values: `.value` of `Promise<Result<Schedule[]>>` is the rows, read in a loop (nango scheduler)', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/knex/result-values', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    // `schedule.retryCount` of `schedules.value`; not `settings.value.retryCount` (a Result of `WorkerSettings`).
    expect(siteLines(usages).filter((line) => line.startsWith('lib/workers/'))).toEqual([
      'lib/workers/scheduling.worker.ts:13:29 public.schedules.retry_count read knex schedule name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
