import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('kysely adapter: rows of executed queries', () => {
  it('executed-rows: the row of execute(), executeTakeFirst(), of a builder held in a local and refined, has its tables\' columns', async () => {
    const { sites, diagnostics } = await scanFixture('kysely', 'executed-rows');
    expect(sites.filter((site) => site.startsWith('src/record-service.ts'))).toEqual([
      'src/record-service.ts:12:42 public.customers.id filter kysely RecordService.getOrder',
      'src/record-service.ts:12:55 public.orders.customer_id filter kysely RecordService.getOrder',
      'src/record-service.ts:14:22 public.orders.id filter kysely RecordService.getOrder',
      // `builder = builder.where(...)`: the local's query, refined.
      'src/record-service.ts:16:39 public.orders.email filter kysely RecordService.getOrder',
      // `found` of `builder.executeTakeFirst()`: a row of orders joined with customers.
      'src/record-service.ts:20:24 public.orders.id read kysely RecordService.getOrder',
      'src/record-service.ts:20:41 public.orders.total_cents read kysely RecordService.getOrder',
      'src/record-service.ts:24:70 public.customers.full_name read kysely RecordService.names',
      // Known imprecision, as with Knex rows: a select alias (`as label`) is read as a key of the table's row.
      'src/record-service.ts:25:34 public.customers.label read kysely RecordService.names',
      'src/record-service.ts:29:74 public.customers.id filter kysely RecordService.fullName',
      'src/record-service.ts:30:21 public.customers.full_name read kysely RecordService.fullName',
      // An update without `returning` gives counts (`numUpdatedRows`), and `command.execute()` is no query.
      'src/record-service.ts:34:60 public.customers.full_name write kysely RecordService.rename',
      'src/record-service.ts:34:90 public.customers.id filter kysely RecordService.rename',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
