import path from 'node:path';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { runMigrationCommand } from './run-migration-command.js';
import { snapshotWithCommand } from './snapshot-with-command.js';

const CONFIG = { file: 'ripple.config.json', pointer: '/migrations/command' } as const;

/** Runs the fixture's tool in one tree whose last migration is new: the diff, and every line the tool printed. */
async function runFixture(name: string, command: string, newFile: string) {
  const tree = path.join(PACKAGE_ROOT, 'fixtures', name);
  const lines: string[] = [];
  const result = await snapshotWithCommand({
    command,
    baseTree: tree,
    headTree: tree,
    newMigrationFiles: [newFile],
    migrations: [],
    timeoutSeconds: 120,
    progress: (line) => lines.push(line),
    configLocation: CONFIG,
    cacheFile: TEST_CACHE_FILE,
  });
  return { ...result, lines, changes: diffSchemas(result.base, result.head) };
}

const column = (table: string, name: string) => ({ schema: 'public', table, column: name });

describe('migrations.command: the project`s own tool against the embedded PGlite over the wire protocol', () => {
  it('Knex: migrate:latest in the base tree, then again in the head tree on the same database', async () => {
    const { changes, lines, base } = await runFixture('command-knex', 'npx knex migrate:latest --knexfile knexfile.cjs', 'migrations/20240201120000_customer_email_address.cjs');
    expect(changes).toEqual([
      { kind: 'column-type-changed', column: column('customers', 'credit'), from: 'integer', to: 'numeric(12,2)' },
      { kind: 'column-renamed', column: column('customers', 'email'), newName: 'email_address', how: 'rename' },
      { kind: 'column-dropped', column: column('customers', 'legacy_code'), type: 'character varying(255)' },
    ]);
    expect(base.tables.map((table) => table.name)).toEqual(['customers', 'knex_migrations', 'knex_migrations_lock']);
    expect(lines.filter((line) => /^(running|Batch)/.test(line))).toEqual([
      'running `npx knex migrate:latest --knexfile knexfile.cjs` in the base tree against the embedded PGlite',
      'Batch 1 run: 1 migrations',
      'running `npx knex migrate:latest --knexfile knexfile.cjs` in the head tree against the embedded PGlite',
      'Batch 2 run: 1 migrations',
    ]);
  }, 180_000);

  it('Sequelize: sequelize-cli db:migrate, whose migrations Ripple cannot read statically', async () => {
    const { changes, lines } = await runFixture('command-sequelize', 'npx sequelize-cli db:migrate --env ripple', 'migrations/20240201120000-order-state.cjs');
    expect(changes).toEqual([
      { kind: 'column-dropped', column: column('orders', 'legacy_ref'), type: 'character varying(255)' },
      { kind: 'column-renamed', column: column('orders', 'status'), newName: 'state', how: 'rename' },
      { kind: 'column-type-changed', column: column('orders', 'total'), from: 'integer', to: 'numeric(12,2)' },
    ]);
    expect(lines.filter((line) => line.startsWith('== ') && line.includes(': migrating'))).toEqual([
      '== 20240101120000-create-orders: migrating =======',
      '== 20240201120000-order-state: migrating =======',
    ]);
  }, 180_000);

  it('TypeORM: migration:run with a data source, as a NestJS service runs it', async () => {
    const { changes } = await runFixture('command-typeorm', 'npx typeorm migration:run -d data-source.cjs', 'migrations/1706788800000-AccountUsername.cjs');
    expect(changes).toEqual([
      { kind: 'column-nullability-changed', column: column('accounts', 'balance'), nullable: false },
      { kind: 'column-default-changed', column: column('accounts', 'balance'), to: '0' },
      { kind: 'column-renamed', column: column('accounts', 'handle'), newName: 'username', how: 'rename' },
      { kind: 'column-dropped', column: column('accounts', 'legacy_flags'), type: 'integer' },
    ]);
  }, 180_000);
});

describe('runMigrationCommand', () => {
  const run = (command: string, timeoutSeconds = 30, env: Record<string, string> = {}) =>
    runMigrationCommand({ command, cwd: PACKAGE_ROOT, env, timeoutSeconds, progress: () => {}, configLocation: CONFIG }).catch((error: unknown) => error);

  it('a failing command names itself, its exit code and its last stderr lines, with secrets redacted', async () => {
    process.env['RIPPLE_TEST_API_TOKEN'] = 'tok-123456789';
    try {
      const error = await run('echo "token tok-123456789 url postgres://app:hunter22@db:5432/app" >&2; echo fine; exit 3');
      expect(isRippleError(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'migrations/command-failed',
        message: '`echo "token *** url postgres://app:***@db:5432/app" >&2; echo fine; exit 3` exited with code 3; last lines of its stderr:\ntoken *** url postgres://app:***@db:5432/app',
        location: CONFIG,
      });
    } finally {
      delete process.env['RIPPLE_TEST_API_TOKEN'];
    }
  });

  it('a command past its timeout is stopped with its process group', async () => {
    const error = await run('sleep 30 & sleep 30; exit 0', 1);
    expect(error).toMatchObject({ code: 'migrations/command-timeout', message: '`sleep 30 & sleep 30; exit 0` did not finish in 1 s (migrations.commandTimeoutSeconds)' });
  });

  it('the command sees the connection settings', async () => {
    const lines: string[] = [];
    await runMigrationCommand({ command: 'echo "$PGHOST:$PGPORT $DATABASE_URL"', cwd: PACKAGE_ROOT, env: { PGHOST: '127.0.0.1', PGPORT: '5555', DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:5555/postgres' }, timeoutSeconds: 30, progress: (line) => lines.push(line), configLocation: CONFIG });
    expect(lines).toEqual(['127.0.0.1:5555 postgresql://postgres:***@127.0.0.1:5555/postgres']);
  });
});
