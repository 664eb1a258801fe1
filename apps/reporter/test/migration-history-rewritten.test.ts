import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/migration-history-rewritten');

describe('a base migration the head changed or deleted (two trees)', () => {
  it('is a migration-history-rewritten warning naming the file, and the head history replays for the base schema', async () => {
    const report = await analyseRepository({
      repo: resolve(scenario, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, 'base'), headDir: resolve(scenario, 'head') },
      migrationsOnly: true,
      progress: () => {},
    });
    expect(report.findings.filter((finding) => finding.id === 'migration-history-rewritten').map(({ level, message, location }) => ({ level, message, location }))).toEqual([
      {
        level: 'warning',
        message: "db/migrations/0001_create_users.sql is changed since the base: databases that ran the old version do not get the change (the head's version is replayed for the base schema)",
        location: { file: 'db/migrations/0001_create_users.sql', line: 1 },
      },
      {
        level: 'warning',
        message: 'db/migrations/0003_create_audit.sql is in the base but deleted in the head: databases that ran it keep what it did',
        location: { file: 'db/migrations/0003_create_audit.sql', line: 1 },
      },
    ]);
    // 0004 makes `phone` NOT NULL: it applies only on the head's 0001, which adds the column.
    expect(report.changes.map((change) => change.id)).toEqual(['column-renamed:public.users.email', 'column-nullability-changed:public.users.phone']);
  });
});
