import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('raw SQL: substitutions of tagged templates', () => {
  it('tagged-interpolations: sql.identifier, nested fragments, postgres.js sql(name), Kysely sql.ref/table/raw, conditional fragments, IN lists and VALUES rows are SQL; values stay values; run-time fragments are dynamic and the rest is read', async () => {
    const { sites, found } = await scanFixture('raw-sql', 'tagged-interpolations');
    expect(sites).toEqual([
      // `sql.ref('c.email')`, `sql.table(TABLE)`, `sql.raw('c.created_at')`: references start at the qualifier.
      'src/kysely-raw.ts:6:38 public.customers.email read raw-sql lowerEmails',
      'src/kysely-raw.ts:6:100 public.customers.created_at order raw-sql lowerEmails',
      // A plain template: `${ORDERS}` is the const's text.
      'src/pg-templates.ts:8:29 public.orders.total_cents read raw-sql totals',
      'src/pg-templates.ts:8:62 public.orders.customer_id filter raw-sql totals',
      // `JOIN ${table} t`: t's columns are unknown, customers' are read.
      'src/pg-templates.ts:13:29 public.customers.email read raw-sql joined',
      'src/pg-templates.ts:13:89 public.customers.id filter raw-sql joined',
      // `values ${values.join(',')}`: run-time rows, read as one row `($1)`; the column list says what is written.
      'src/pg-templates.ts:20:35 public.customer_exports.customer_id write raw-sql markExported',
      'src/pg-templates.ts:20:48 public.customer_exports.exported_at write raw-sql markExported',
      'src/pg-templates.ts:22:45 public.customer_exports.exported_at write raw-sql markExported',
      // A select list, filters and an ORDER BY chosen at run time: read with them left out, the rest still counts.
      'src/pg-templates.ts:32:11 public.customers.full_name filter raw-sql namedCustomers',
      // `sql('customer_id')` and `sql(ORDERS)`: identifiers.
      'src/postgres-js-jobs.ts:7:28 public.orders.customer_id read raw-sql largeOrders',
      'src/postgres-js-jobs.ts:7:44 public.orders.total_cents read raw-sql largeOrders',
      'src/postgres-js-jobs.ts:7:82 public.orders.total_cents filter raw-sql largeOrders',
      // `${large}` (a const holding a conditional fragment), `IN ${sql(customerIds)}`, an inline conditional fragment.
      'src/postgres-js-jobs.ts:12:35 public.orders.total_cents filter raw-sql ordersOf',
      'src/postgres-js-jobs.ts:14:12 public.orders.id read raw-sql ordersOf',
      'src/postgres-js-jobs.ts:15:11 public.orders.customer_id filter raw-sql ordersOf',
      'src/postgres-js-jobs.ts:16:27 public.orders.created_at filter raw-sql ordersOf',
      // The `recent` fragment's column, where the fragment writes it.
      'src/slonik-reports.ts:6:29 public.customers.created_at filter raw-sql recentEmails',
      'src/slonik-reports.ts:9:37 public.customers.email read raw-sql recentEmails',
      'src/slonik-reports.ts:13:37 public.customer_exports.customer_id read raw-sql exportedSince',
      'src/slonik-reports.ts:13:100 public.customer_exports.exported_at filter raw-sql exportedSince',
      // `${DEFAULT_NAME}` is a value: the only full_name is the one the statement writes.
      'src/slonik-reports.ts:19:37 public.customers.id read raw-sql named',
      'src/slonik-reports.ts:19:61 public.customers.full_name filter raw-sql named',
      'src/slonik-reports.ts:24:126 public.orders.total_cents filter raw-sql projected',
    ]);
    expect(diagnosticLines(found)).toEqual([
      'sql/dynamic src/pg-templates.ts:13:21 src/pg-templates.ts:13: 1 substitution(s) of this SQL are built at run time; the columns they name are not known, the rest of the statement is read',
      'sql/dynamic src/pg-templates.ts:29:21 src/pg-templates.ts:29: 3 substitution(s) of this SQL are built at run time; the columns they name are not known, the rest of the statement is read',
      'sql/dynamic src/slonik-reports.ts:24:29 src/slonik-reports.ts:24: 1 substitution(s) of this SQL are built at run time; the columns they name are not known, the rest of the statement is read',
    ]);
  });
});
