import { describe, expect, it } from 'vitest';
import { classOf, exclusionOf, forgottenModeFiles } from './classify-file.js';

describe('exclusionOf', () => {
  it('leaves out a vendored package committed under node_modules (nango committed packages/server/node_modules/ip)', () => {
    expect(exclusionOf('packages/server/node_modules/ip/lib/ip.js', ['packages/server/lib/db/migrations'])).toBe('vendored');
    expect(exclusionOf('node_modules/x/index.js', [])).toBe('vendored');
  });

  it('keeps code, SQL and OpenAPI files, and leaves out migrations, lockfiles and docs', () => {
    expect(exclusionOf('packages/server/lib/services/user.service.ts', ['packages/server/lib/db/migrations'])).toBeUndefined();
    expect(exclusionOf('jobs/export.sql', [])).toBeUndefined();
    expect(exclusionOf('api/openapi.yaml', [])).toBeUndefined();
    expect(exclusionOf('packages/server/lib/db/migrations/20230302_drop.cjs', ['packages/server/lib/db/migrations'])).toBe('migration');
    expect(exclusionOf('pnpm-lock.yaml', [])).toBe('lockfile');
    expect(exclusionOf('docs/guide.md', [])).toBe('docs');
    expect(exclusionOf('packages/node_modules_helper/lib/index.ts', [])).toBeUndefined();
  });
});

describe('classOf', () => {
  it('classes by path first: a test beats a model, a types package is a contract', () => {
    expect(classOf('packages/fleet/lib/models/deployments.integration.test.ts', '')).toBe('test');
    expect(classOf('packages/types/lib/plans/db.ts', 'export interface DBPlan {}')).toBe('contract');
    expect(classOf('packages/webapp/src/pages/Connection/Show.tsx', '')).toBe('ui');
    expect(classOf('pages/api/routes/users/index.ts', '')).toBe('service');
    expect(classOf('apps/web/app/api/polls/route.ts', '')).toBe('service');
  });
});

describe('forgottenModeFiles', () => {
  it("takes the new migrations with the registry files the commit touched beside them, not the commit's deletions (atproto's Kysely index.ts, drizzle's journal)", () => {
    const item = {
      migrations: ['apps/web/drizzle/0169_parched.sql'],
      excluded: [
        { file: 'apps/web/drizzle/0169_parched.sql', reason: 'migration' as const },
        { file: 'apps/web/drizzle/meta/_journal.json', reason: 'migration' as const },
        { file: 'apps/web/drizzle/meta/0169_snapshot.json', reason: 'migration' as const },
        { file: 'apps/web/drizzle/0168_removed.sql', reason: 'migration' as const },
        { file: 'pnpm-lock.yaml', reason: 'lockfile' as const },
      ],
    };
    expect(forgottenModeFiles(item, (file) => !file.includes('removed'))).toEqual([
      'apps/web/drizzle/0169_parched.sql',
      'apps/web/drizzle/meta/0169_snapshot.json',
      'apps/web/drizzle/meta/_journal.json',
    ]);
  });
});
