import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assertParsed, lintMigrations, loadMigrations, migrationEvents, splitStatements } from '@ripple/db-schema';
import { formatRippleError, isRippleError, type SchemaSnapshot } from '@ripple/model';
import type { FuzzTarget } from './fuzz-harness.js';
import { describeSqlInput, mutatedSql, sqlInput, type SqlInput } from './sql-mutations.js';

const shopMigrations = resolve(import.meta.dirname, '../../../../fixtures/shop/db/migrations');
const FUZZED = 'db/migrations/0002_fuzzed.up.sql';

const EMPTY_SCHEMA: SchemaSnapshot = { kind: 'schema-snapshot', schemas: ['public'], tables: [], views: [], indexes: [], constraints: [], dependencies: [] };

/**
 * What the migration gate does before PGlite, on a repository whose new migration is the mutated file: the loader
 * reads and splits it, syntax errors refuse it (exit 2 naming it), the lint rules and the migration events run over
 * it. The splitter runs again in 64-byte chunks, the path a large file takes. A `RippleError` is the CLI's exit 2;
 * any other throw its exit 3.
 */
export const sqlStaticTarget: FuzzTarget<SqlInput> = {
  name: 'sql-static',
  arbitrary: sqlInput,
  async check(input, workspace) {
    const text = mutatedSql(input);
    await mkdir(join(workspace, 'db/migrations'), { recursive: true });
    await copyFile(join(shopMigrations, '0001_create_customers.up.sql'), join(workspace, 'db/migrations/0001_create_customers.up.sql'));
    await writeFile(join(workspace, FUZZED), text);
    try {
      const migrations = await loadMigrations(workspace, 'db/migrations', { syntaxErrors: 'report' });
      const added = migrations.filter((migration) => migration.file === FUZZED);
      splitStatements(text, FUZZED, { line: 1, column: 1 }, { chunkBytes: 64 });
      migrationEvents(migrations);
      await lintMigrations(added, EMPTY_SCHEMA, { repository: migrations });
      assertParsed(added);
      return { code: 0, err: '', files: [FUZZED], bytes: text.length };
    } catch (error) {
      if (isRippleError(error)) return { code: 2, err: `ripple: ${formatRippleError(error)}\n`, files: [FUZZED], bytes: text.length };
      return { code: 3, err: `ripple: internal error: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}\n`, files: [FUZZED], bytes: text.length };
    }
  },
  describe: describeSqlInput,
  baseMs: 5_000,
  msPerKb: 20,
};
