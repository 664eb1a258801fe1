import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('knex adapter', () => {
  it("snake-case-mappers: with Objection's knexSnakeCaseMappers(), camelCase table and column names map to snake_case", async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'snake-case-mappers');
    expect(sites).toEqual([
      'src/exports.ts:4:42 public.customer_exports.exported_at read knex lastExport',
      'src/exports.ts:4:63 public.customer_exports.customer_id filter knex lastExport',
      'src/exports.ts:4:86 public.customer_exports.exported_at order knex lastExport',
      'src/exports.ts:8:35 public.customers.id filter knex rename',
      'src/exports.ts:8:53 public.customers.full_name write knex rename',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
