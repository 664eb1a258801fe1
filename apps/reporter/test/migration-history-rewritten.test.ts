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
        message: 'db/migrations/0003_create_audit.sql is in the base but deleted in the head: databases that ran it keep what it did (it is replayed for the base schema, so what only it made shows as dropped)',
        location: { file: 'db/migrations/0003_create_audit.sql', line: 1 },
      },
    ]);
    // 0004 makes `phone` NOT NULL: it applies only on the head's 0001, which adds the column. The deleted 0003 is
    // put back for the base schema: databases on the base have `audit`, a fresh install of the head has not.
    expect(report.changes.map((change) => change.id)).toEqual(['column-dropped:public.audit.id', 'column-renamed:public.users.email', 'column-nullability-changed:public.users.phone']);
  });
});

describe('a head that squashes or renames base migrations (two trees)', () => {
  const analyse = (name: string) =>
    analyseRepository({
      repo: resolve(scenario, '..', name, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, '..', name, 'base'), headDir: resolve(scenario, '..', name, 'head') },
      migrationsOnly: true,
      progress: () => {},
    });
  const history = (report: Awaited<ReturnType<typeof analyse>>) => report.findings.filter((finding) => finding.id === 'migration-history-rewritten').map((finding) => finding.message);

  it("squashed: the base schema is the base's own history replayed apart, and the change is the head's drop", async () => {
    const report = await analyse('migration-history-squashed');
    expect(history(report)).toEqual([
      'prisma/migrations/20230312184928_init/migration.sql is in the base but deleted in the head: databases that ran it keep what it did (it is replayed for the base schema, so what only it made shows as dropped)',
      'prisma/migrations/20230322214726_renamed_is_favorite_to_starred/migration.sql is in the base but deleted in the head: databases that ran it keep what it did (it is replayed for the base schema, so what only it made shows as dropped)',
    ]);
    expect(report.changes.map((change) => change.id)).toEqual(['column-dropped:public.Tag.collectionId']);
    expect(report.findings.filter((finding) => finding.id === 'new-migration-fails')).toEqual([]);
  });

  it('renamed: a folder renamed with the same statements is the base migration, not a new one', async () => {
    const report = await analyse('migration-folder-renamed');
    expect(history(report)).toEqual([
      'prisma/migrations/20230308212222_/migration.sql is renamed to prisma/migrations/20230312184928_init/migration.sql with the same statements: databases that ran it recorded the old name, so a runner that goes by name runs it again there',
    ]);
    expect(report.changes.map((change) => change.id)).toEqual(['column-renamed:public.Link.isFavorites']);
    expect(report.findings.filter((finding) => finding.id === 'new-migration-fails')).toEqual([]);
  });
});
