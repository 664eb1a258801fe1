import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe("next-auth's session", () => {
  it("next-auth-session: getServerSession and useSession().data hold the User model's fields; a project's own getSession does not", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'next-auth-session');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `useSession().data?.user?.email`.
      'components/Avatar.tsx:6:32 public.customers.email read prisma Avatar name-match',
      // `(await getServerSession(...))?.user?.email`, then the query it filters; not `session.expires`.
      'pages/api/profile.ts:8:23 public.customers.email read prisma profile name-match',
      'pages/api/profile.ts:9:56 public.customers.email filter prisma profile',
      'pages/api/profile.ts:9:76 public.customers.email read prisma profile name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
