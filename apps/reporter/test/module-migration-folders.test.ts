import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/module-migration-folders');

describe('one migrations folder per module, no config (two trees)', () => {
  it('reads the folder the change adds a migration to, not the best-ranked one, and says why', async () => {
    const report = await analyseRepository({
      repo: resolve(scenario, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, 'base'), headDir: resolve(scenario, 'head') },
      progress: () => {},
    });
    expect(report.inputs?.migrations).toEqual({
      dir: 'packages/modules/notification/src/migrations',
      format: 'mikro-orm',
      reason: expect.stringMatching(/^packages\/modules\/notification\/src\/migrations .*: the change adds migrations there, and none to packages\/modules\/pricing\/src\/migrations$/) as unknown,
    });
    expect(report.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('report/no-new-migrations');
    expect(report.diagnostics.find((diagnostic) => diagnostic.code === 'config/several-migration-folders')?.message).toBe(
      'read packages/modules/notification/src/migrations; 1 other migration folder found (packages/modules/pricing/src/migrations): set migrations.dir in ripple.config.json to choose another',
    );
    const change = report.changes.find((candidate) => candidate.id === 'column-renamed:public.notification_provider.channels');
    expect(change?.consumers.map((consumer) => `${consumer.file}:${consumer.line} ${consumer.access} ${consumer.status}`)).toEqual([
      'packages/modules/notification/src/models/notification-provider.ts:15 definition forgotten',
      'packages/modules/notification/src/services/notification-provider.ts:5 filter forgotten',
    ]);
  });
});
