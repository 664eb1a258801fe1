import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/workspaces/root-backend-beside-packages', import.meta.url));

describe('a backend in the root package beside frontend/ and website/ packages', () => {
  it('the root is a service (it has src/ of its own); jobs/nightly/*.sql without package.json is a job', async () => {
    const services = await discoverServices(root, { exclude: ['db/migrations'] });
    expect(services.map((s) => `${s.dir} ${s.name} ${s.kind}`)).toEqual([
      '. acme-backend service',
      'frontend acme-frontend service',
      'jobs/nightly jobs/nightly job',
      'website acme-website service',
    ]);
  });

  it('scans src/, test/ and the job; the migrations folder and the dump in docs/ are not consumers, a test in test/migrations/ is', async () => {
    const { usages, diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, exclude: ['db/migrations'], services: await discoverServices(root) });
    expect(siteLines(usages)).toEqual([
      'jobs/nightly/export-customers.sql:2:8 public.customers.id read sql-file -',
      'jobs/nightly/export-customers.sql:2:12 public.customers.email read sql-file -',
      'jobs/nightly/export-customers.sql:4:11 public.customers.created_at order sql-file -',
      'src/customers.ts:6:45 public.customers.email read raw-sql customerEmail',
      'src/customers.ts:6:72 public.customers.id filter raw-sql customerEmail',
      'test/customers.test.ts:6:44 public.customers.email write raw-sql seedCustomer',
      'test/customers.test.ts:6:51 public.customers.full_name write raw-sql seedCustomer',
      // A migration's test seeds rows as any test does; `test/migrations/run-migration.ts` (no test name) stays out.
      'test/migrations/002_lowercase_emails.test.ts:8:44 public.customers.id write raw-sql lowercasesEmails',
      'test/migrations/002_lowercase_emails.test.ts:8:48 public.customers.email write raw-sql lowercasesEmails',
    ]);
    expect(usages.map((u) => `${u.service} ${u.serviceKind}`).filter((v, i, all) => all.indexOf(v) === i)).toEqual(['jobs/nightly job', 'acme-backend service']);
    expect(diagnostics).toEqual([]);
  });
});
