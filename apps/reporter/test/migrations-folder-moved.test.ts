import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/migrations-folder-moved');

describe('a change that moves the migrations folder (two trees)', () => {
  it("reads the base's history where the base keeps the same migrations, and reports the new migration's change", async () => {
    const report = await analyseRepository({
      repo: resolve(scenario, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, 'base'), headDir: resolve(scenario, 'head') },
      progress: () => {},
    });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('migration/')).map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)).toEqual([
      'migration/folder-moved packages/server/lib/db/migrations is not in the base tree, which keeps the same migrations in packages/auth/lib/db/migrations: the base\'s history is read from there',
    ]);
    expect(report.findings.filter((finding) => finding.id === 'migration-history-rewritten')).toEqual([]);
    const change = report.changes.find((candidate) => candidate.id === 'column-dropped:public._nango_accounts.email');
    expect(change?.consumers.map((consumer) => `${consumer.file}:${consumer.line} ${consumer.access} ${consumer.status}`)).toEqual([
      'packages/auth/lib/services/account.service.ts:5 filter handled',
      'packages/server/lib/services/account.service.ts:5 filter forgotten',
    ]);
  });
});
