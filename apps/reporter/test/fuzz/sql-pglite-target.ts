import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { runRipple, type FuzzTarget } from './fuzz-harness.js';
import { describeSqlInput, mutatedSql, sqlInput, type SqlInput } from './sql-mutations.js';

const shopMigrations = resolve(import.meta.dirname, '../../../../fixtures/shop/db/migrations');
const FUZZED = 'db/migrations/0002_fuzzed.up.sql';

export interface SqlPGliteInput extends SqlInput {
  readonly command: 'lint' | 'report';
}

/**
 * The mutated migration applied for real: `ripple lint` or `ripple report` over a repository whose base is the shop's
 * first migration and whose new migration is the mutated file (rehearsed on embedded PGlite).
 */
export const sqlPGliteTarget: FuzzTarget<SqlPGliteInput> = {
  name: 'sql-pglite',
  arbitrary: fc.tuple(sqlInput, fc.constantFrom('lint' as const, 'report' as const)).map(([input, command]) => ({ ...input, command })),
  async check(input, workspace) {
    const text = mutatedSql(input);
    await mkdir(join(workspace, 'db/migrations'), { recursive: true });
    await copyFile(join(shopMigrations, '0001_create_customers.up.sql'), join(workspace, 'db/migrations/0001_create_customers.up.sql'));
    await writeFile(join(workspace, FUZZED), text);
    await writeFile(join(workspace, 'ripple.config.json'), JSON.stringify({ migrations: { dir: 'db/migrations', new: ['0002_fuzzed.up.sql'] } }));
    const { code, err } = await runRipple([input.command, '--repo', workspace, '--format', 'json']);
    return { code, err, files: [FUZZED], bytes: text.length };
  },
  describe: (input) => `${input.command}, ${describeSqlInput(input)}`,
  baseMs: 60_000,
  msPerKb: 200,
};
