import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('values stated to be any, and their elements', () => {
  it('any-typed-responses: order.email of data.orders.map((order) => ...) with (data: any) is matched by name', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'any-typed-responses');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      'src/interceptors/mask-emails-in-response.interceptor.ts:16:19 public.orders.email write prisma MaskEmailsInResponseInterceptor.intercept name-match',
      'src/interceptors/mask-emails-in-response.interceptor.ts:16:38 public.orders.email read prisma MaskEmailsInResponseInterceptor.intercept name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
