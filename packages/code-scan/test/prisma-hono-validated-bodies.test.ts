import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

const ROOT = fileURLToPath(new URL('../fixtures/code/prisma/hono-validated-bodies', import.meta.url));

// rallly's licensing API: a Hono app in a Next.js catch-all route, each body validated by `zValidator('json', schema)`
// and read with `c.req.valid('json')` (or unvalidated, `await c.req.json()`), written by Prisma.
describe('Hono routes: bodies read with c.req.valid() and c.req.json(), schemas of zValidator()', async () => {
  const { endpoints, apiFlows, usages, diagnostics } = await scanUsages({ root: ROOT, schema: SHOP_SCHEMA, cacheDir: false });

  it('gives each route the body fields it reads, and the columns they are written to', () => {
    expect(diagnostics).toEqual([]);
    expect(endpoints.map((e) => `${e.location.file}:${e.location.line} ${e.framework} ${e.method} ${e.path} req[${e.fields.request.join(',')}]`)).toEqual([
      'src/app/api/v1/[...route]/route.ts:10 hono POST /customers req[email,fullName]',
      'src/app/api/v1/[...route]/route.ts:16 hono PATCH /customers/{id}/name req[name]',
      'src/app/api/v1/[...route]/route.ts:22 hono POST /contact req[email,message]',
    ]);
    expect(apiFlows.filter((f) => f.direction === 'request').map((f) => `${f.column.table}.${f.column.column} ${f.endpoint.method} ${f.endpoint.path} .${f.path}`)).toEqual([
      'customers.email POST /customers .email',
      'customers.full_name POST /customers .fullName',
      'customers.full_name PATCH /customers/{id}/name .name',
    ]);
  });

  // Trap: `contactInputSchema.email` validates a body that goes into a mail, no row.
  it('the zValidator schema\'s properties the body writes are definitions of their columns', () => {
    expect(siteLines(usages.filter((u) => u.adapter === 'flow'))).toEqual([
      'src/features/customers/schema.ts:4:3 public.customers.email definition flow createCustomerInputSchema.email',
      'src/features/customers/schema.ts:5:3 public.customers.full_name definition flow createCustomerInputSchema.fullName',
    ]);
  });
});
