import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from './load-migrations.js';
import type { Migration } from './migration.js';

/**
 * Issue #17: a code migration nested deeper than TypeScript's parser takes (a generated seed of 10,000 nested
 * arrays) overflowed the stack and ended the run. It is measured before parsing: one `migration/unparseable`
 * warning naming the file and line, and the history's other migrations are read.
 */
describe('a code migration nested deeper than the parser takes', () => {
  let root = '';
  let migrations: readonly Migration[] = [];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'db-schema-deep-migration-'));
    await mkdir(join(root, 'migrations'));
    await writeFile(
      join(root, 'migrations', '20240101120000_create_users.js'),
      "exports.up = (knex) => knex.raw('CREATE TABLE users (id serial PRIMARY KEY, email text)');\nexports.down = (knex) => knex.raw('DROP TABLE users');\n",
    );
    await writeFile(
      join(root, 'migrations', '20240102120000_seed_matrix.js'),
      `const matrix = ${'['.repeat(10_000)}0${']'.repeat(10_000)};\nexports.up = (knex) => knex.raw('SELECT 1');\nexports.down = () => {};\n`,
    );
    migrations = await loadMigrations(root, 'migrations', { format: 'knex' });
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('is a migration/unparseable warning naming it; the migration before it is read', () => {
    expect(migrations.map((m) => `${m.version} ${m.up.map((s) => s.sql).join('; ')}`)).toEqual([
      '20240101120000 CREATE TABLE users (id serial PRIMARY KEY, email text)',
      '20240102120000 ',
    ]);
    expect(migrations[1]!.diagnostics?.map((d) => `${d.code} ${d.location.file}:${d.location.line}:${d.location.column} ${d.message}`)).toEqual([
      'migration/unparseable migrations/20240102120000_seed_matrix.js:1:10015 migrations/20240102120000_seed_matrix.js:1: nesting depth 10000 at line 1 is beyond the 300 levels the TypeScript parser is given; the migration is not read',
    ]);
  });
});
