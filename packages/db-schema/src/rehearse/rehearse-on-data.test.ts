import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { DATA_RULES, rehearseOnData } from './rehearse-on-data.js';

const FIXTURE = 'fixtures/rehearse-on-data';
const MIGRATION = 'fixtures/rehearse-on-data/db/migrations/V2__tighten_customers.sql';

describe('rehearseOnData: the new migrations on the base schema loaded with the user\'s rows', () => {
  it('reports what only the data reveals, each with the offending row count and PostgreSQL\'s message', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, `${FIXTURE}/db/migrations`);
    const rehearsal = await rehearseOnData(migrations.slice(0, 1), migrations.slice(1), join(PACKAGE_ROOT, FIXTURE, 'seed.sql'), { cacheFile: TEST_CACHE_FILE });
    expect(rehearsal.rows).toEqual({ 'public.countries': 2, 'public.customers': 6, 'public.orders': 5 });
    expect(rehearsal.findings.map((finding) => [finding.id, finding.level, finding.location.line, finding.message.replace(/; PostgreSQL: .*/, '')])).toEqual([
      ['data-not-null-violated', 'error', 1, 'customers.email: 2 existing rows hold NULL'],
      ['data-unique-violated', 'error', 2, 'customers_email_key: 2 existing rows share a value with another row'],
      ['data-cast-fails', 'error', 3, 'customers.age: 2 existing rows do not convert to the new type'],
      ['data-check-violated', 'error', 4, 'orders_total_positive: 2 existing rows violate the CHECK'],
      ['data-foreign-key-violated', 'error', 5, 'customers_country_fk: 1 existing row reference no row of the referenced table'],
      ['data-not-null-violated', 'error', 6, 'customers.tier: 6 existing rows hold NULL'],
      ['data-full-table-update', 'warning', 7, expect.stringMatching(/^UPDATE of customers without WHERE touches every row: 6 rows of the seed in \d+ ms; too few rows for a rate per row \(1000 or more give one\); one transaction/)],
    ]);
    expect(rehearsal.findings[0]?.message).toMatch(/; PostgreSQL: column "email" of relation "customers" contains null values$/);
    expect(rehearsal.findings[2]?.message).toMatch(/; PostgreSQL: invalid input syntax for type integer: "(abc)?"$/);
    expect(rehearsal.findings.every((finding) => finding.location.file === MIGRATION)).toBe(true);
    expect(new Set(rehearsal.findings.map((finding) => finding.fingerprint)).size).toBe(rehearsal.findings.length);
    expect(rehearsal.diagnostics).toEqual([]);
  });

  it('names a seed that does not load on the base schema (bad input)', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, `${FIXTURE}/db/migrations`);
    await expect(rehearseOnData(migrations.slice(0, 1), migrations.slice(1), join(PACKAGE_ROOT, 'fixtures/rehearse-on-server/staging.sql'), { cacheFile: TEST_CACHE_FILE })).rejects.toMatchObject({
      code: 'input/seed-failed',
      message: expect.stringMatching(/^--seed \/.*\/fixtures\/rehearse-on-server\/staging\.sql: PostgreSQL refused it on the base schema: relation "customers" already exists$/),
    });
  });

  it('has docs for every rule, and each is documented in docs/migration-lint.md with the level the code has', async () => {
    for (const rule of Object.values(DATA_RULES)) expect(rule.docs.length).toBeGreaterThan(40);
    const doc = await readFile(join(PACKAGE_ROOT, '../../docs/migration-lint.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `(data-[a-z-]+)`<a id="\1"><\/a> \| (error|warning|info) \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(documented).toEqual(Object.entries(DATA_RULES).map(([id, rule]) => `${id} ${rule.level}`));
  });
});
