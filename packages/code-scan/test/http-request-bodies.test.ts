import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

// linkwarden's register and login pages (2023): a UI's request body reaches the columns its own API route writes.
describe('request bodies sent to the service\'s own API routes', () => {
  it('http-request-bodies: fetch and axios bodies, and next-auth credentials, use the columns their route writes or filters; not a route that writes none, another host, another provider', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'http-request-bodies');
    expect(sites.filter((site) => !site.startsWith('prisma/') && !site.startsWith('pages/api/'))).toEqual([
      // `fetch('/api/orders', options)`, `options.body` the JSON of a literal; and `axios.post('/api/orders', {...})`.
      'lib/orders-client.ts:6:28 public.orders.total_cents write flow -',
      'lib/orders-client.ts:6:47 public.orders.customer_id write flow -',
      'lib/orders-client.ts:12:38 public.orders.total_cents write flow -',
      'lib/orders-client.ts:12:57 public.orders.customer_id write flow -',
      // `signIn('credentials', { email: form.email })` into `authorize(credentials)`, which filters by it.
      'pages/login.tsx:8:35 public.customers.email filter flow -',
      // `JSON.stringify(request)`, `request` the form's `FormData` less `passwordConfirmation`: its `fullName` and
      // `email` are used by `pages/api/auth/register.ts` (one usage a place and column: `email`'s filter comes first).
      'pages/register.tsx:17:28 public.customers.email filter flow -',
      'pages/register.tsx:17:28 public.customers.full_name write flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
