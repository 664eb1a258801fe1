import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

/** The filter columns the fixtures cycle through, one per link. */
const COLUMNS = ['email', 'full_name', 'created_at', 'id'] as const;

/**
 * Issue #17: every link of a chain used to ask every adapter's call typer for its receiver again, which asked
 * again for the link before it: time doubled per link (a knex chain of 25 links or a Kysely builder of 24 `$if`
 * never ended). These chains are long enough that anything but linear work would not finish.
 */
describe('long builder chains', () => {
  it('knex: a 200-link where chain, every link a filter of customers', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'long-builder-chains');
    const expected: string[] = [];
    for (let link = 0; link < 200; link += 1) {
      expected.push(`src/filter-customers.ts:${6 + link}:13 public.customers.${COLUMNS[link % 4]} filter knex filterCustomers`);
    }
    expect(sites).toEqual(expected);
    expect(diagnostics).toEqual([]);
  });

  it('kysely: 200 chained $if filters and 40 nested $if, read through their callbacks', async () => {
    const { sites, diagnostics } = await scanFixture('kysely', 'long-builder-chains');
    const definitions = [
      'src/db.ts:9:3 public.customers.id definition kysely CustomerTable.id',
      'src/db.ts:10:3 public.customers.email definition kysely CustomerTable.email',
      'src/db.ts:11:3 public.customers.full_name definition kysely CustomerTable.full_name',
      'src/db.ts:12:3 public.customers.created_at definition kysely CustomerTable.created_at',
      'src/db.ts:16:3 public.orders.id definition kysely OrderTable.id',
      'src/db.ts:17:3 public.orders.customer_id definition kysely OrderTable.customer_id',
      'src/db.ts:18:3 public.orders.total_cents definition kysely OrderTable.total_cents',
    ];
    const chained = [
      'src/search-customers.ts:11:15 public.customers.id read kysely searchCustomers',
      'src/search-customers.ts:11:21 public.customers.email read kysely searchCustomers',
    ];
    for (let link = 0; link < 200; link += 1) {
      const prefix = `    .$if(search.terms[${link}] !== undefined, (qb) => qb.where('`;
      chained.push(`src/search-customers.ts:${12 + link}:${prefix.length + 1} public.customers.${COLUMNS[link % 4]} filter kysely searchCustomers`);
    }
    const nested = ['src/search-customers.ts:219:14 public.orders.total_cents read kysely nestedOrderFilters'];
    for (let depth = 0; depth < 40; depth += 1) {
      nested.push(`src/search-customers.ts:${222 + 3 * depth}:${4 * depth + 17} public.orders.customer_id filter kysely nestedOrderFilters`);
    }
    expect(sites).toEqual([...definitions, ...chained, ...nested].sort(byLocation));
    expect(diagnostics).toEqual([]);
  });
});

/** The order usages come in: by file, then line, then column. */
function byLocation(a: string, b: string): number {
  const [fileA = '', lineA = 0, columnA = 0] = locationOf(a);
  const [fileB = '', lineB = 0, columnB = 0] = locationOf(b);
  return fileA.localeCompare(fileB) || lineA - lineB || columnA - columnB;
}

function locationOf(site: string): [string, number, number] {
  const [file = '', line = '0', column = '0'] = (site.split(' ')[0] ?? '').split(':');
  return [file, Number(line), Number(column)];
}
