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

  it("an API client is code that calls the API: not a front-end app named client, nor a server's outgoing clients", () => {
    // The API's own clients: an SDK package, a hand-written fetch helper folder, a tRPC client, a generated client.
    expect(classOf('packages/node-client/lib/index.ts', '')).toBe('client');
    expect(classOf('lib/client/getInitialData.ts', '')).toBe('client');
    expect(classOf('apps/web/src/trpc/client/types.ts', '')).toBe('client');
    expect(classOf('packages/api/src/client/lexicons.ts', '')).toBe('client');
    expect(classOf('packages/sdk/src/members.api.ts', '')).toBe('client');
    expect(classOf('packages/js-client/lib/clients/http.ts', '')).toBe('client');
    // ghostfolio's Angular app and wiki's Vue app are both called `client`: the UI.
    expect(classOf('apps/client/src/app/core/auth.guard.ts', '')).toBe('ui');
    expect(classOf('client/index-app.js', '')).toBe('ui');
    // nango's server calls OAuth providers and its orchestrator through `clients/`: service code.
    expect(classOf('packages/server/lib/clients/oauth2.client.ts', '')).toBe('service');
    expect(classOf('packages/shared/lib/clients/orchestrator.ts', '')).toBe('service');
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
