import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/db-schema/fixtures/command-sequelize');

describe('report with migrations.command', () => {
  it('runs sequelize-cli in the base copy and the head tree, and reports the changes of the newest migration', async () => {
    const progress: string[] = [];
    const report = await analyseRepository({ repo: FIXTURE, trees: { kind: 'one-tree' }, migrationsOnly: true, progress: (line) => progress.push(line) });
    expect(report.changes.map((change) => change.id)).toEqual([
      'column-dropped:public.orders.legacy_ref',
      'column-renamed:public.orders.status',
      'column-type-changed:public.orders.total',
    ]);
    expect(progress.filter((line) => line.startsWith('running'))).toEqual([
      'running `npx sequelize-cli db:migrate --env ripple` in the base tree against the embedded PGlite',
      'running `npx sequelize-cli db:migrate --env ripple` in the head tree against the embedded PGlite',
    ]);
  }, 180_000);
});
