import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  records_seen: ['connection_id', 'model', 'sync_job_id', 'generation'],
  events: ['id', 'sync_job_id'],
  'audit.events': ['id', 'sync_job_id'],
});

describe('a schema the database does not have', () => {
  it('search-path-schema: `nango_records.records_seen` is the one `records_seen` when no table has the schema (nango records store)', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'search-path-schema', { schema: SCHEMA });
    expect(sites).toEqual([
      'lib/stores/postgres/records-seen.ts:5:17 public.records_seen.sync_job_id read raw-sql seenGeneration',
      'lib/stores/postgres/records-seen.ts:5:30 public.records_seen.generation read raw-sql seenGeneration',
      'lib/stores/postgres/records-seen.ts:5:79 public.records_seen.connection_id filter raw-sql seenGeneration',
      'lib/stores/postgres/records-seen.ts:5:101 public.records_seen.model filter raw-sql seenGeneration',
      // The traps stay as written: tables the database does not have, no column of any.
      'lib/stores/postgres/records-seen.ts:13:32 audit.records_seen.sync_job_id read raw-sql otherSchemas',
      'lib/stores/postgres/records-seen.ts:14:27 nango_records.events.sync_job_id read raw-sql otherSchemas',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
