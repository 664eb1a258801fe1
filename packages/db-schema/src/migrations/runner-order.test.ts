import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rehearseMigrations } from '../apply/rehearse-migrations.js';
import { TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from './load-migrations.js';

const PACKAGE_ROOT = path.resolve(import.meta.dirname, '../..');

describe('the order and the set of migrations, as the runner has them', () => {
  it('prisma: folder names sorted as strings, so 20250625_ runs after 20250409154352_', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/ordering/prisma');
    expect(migrations.map((migration) => migration.name)).toEqual(['create_charts', 'add_chart_type']);
    const { diagnostics, head } = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'migration/base-failed')).toEqual([]);
    expect(head.tables.find((table) => table.name === 'charts')?.columns.map((column) => column.name)).toEqual(['id', 'name', 'type']);
  });

  it('drizzle: only the journal entries run; a file the journal does not list is left out, with a diagnostic', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/ordering/drizzle');
    expect(migrations.map((migration) => [migration.name, migration.up.length])).toEqual([
      ['init', 1],
      ['abandoned_branch', 0],
      ['add_name', 2],
    ]);
    expect(migrations[1]!.diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'migration/not-in-journal',
        message: '0001_abandoned_branch.sql is not listed in fixtures/ordering/drizzle/meta/_journal.json: drizzle-kit migrate never runs it, so it is left out',
        location: { file: 'fixtures/ordering/drizzle/0001_abandoned_branch.sql', line: 1 },
      },
    ]);
    const { diagnostics, head } = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'migration/base-failed')).toEqual([]);
    expect(head.tables.find((table) => table.name === 'users')?.columns.map((column) => column.name)).toEqual(['id', 'email', 'nickname', 'name']);
  });

  it("drizzle: a journal entry without its SQL file (midday's drizzle-kit pull baseline): its snapshot's schema, then every SQL file in name order", async () => {
    const dir = 'fixtures/formats/drizzle-pull-baseline';
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    expect(migrations.map((migration) => [migration.file, migration.up.length])).toEqual([
      [`${dir}/meta/0000_snapshot.json`, 12],
      [`${dir}/0001_add_report_types.sql`, 2],
      [`${dir}/0031_add_matching_indexes.sql`, 1],
      [`${dir}/0032_drop_transaction_embeddings.sql`, 2],
    ]);
    expect(migrations[0]!.diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'migration/journal-file-missing',
        message:
          `${dir}/meta/_journal.json lists 0000_silly_sage but 0000_silly_sage.sql is not in the folder (a drizzle-kit pull baseline): ` +
          'drizzle-kit migrate cannot run this folder, so every SQL file is applied in name order, after the schema meta/0000_snapshot.json records',
        location: { file: `${dir}/meta/0000_snapshot.json`, line: 1 },
      },
    ]);
    // Each statement at the snapshot key it renders, in drizzle-kit's order: enums, tables, foreign keys, indexes;
    // first the extension the vector column needs (the snapshot records none).
    expect(migrations[0]!.up.map((statement) => statement.line)).toEqual([121, 142, 143, 7, 42, 81, 115, 65, 95, 24, 52, 124]);
    expect(migrations[0]!.up[0]!.sql).toBe('CREATE EXTENSION IF NOT EXISTS "vector"');
    expect(migrations[0]!.up.map((statement) => statement.sql).filter((sql) => sql.startsWith('CREATE INDEX'))).toEqual([
      'CREATE INDEX "teams_fts_idx" ON "teams" USING gin ("fts" tsvector_ops)',
      'CREATE INDEX "reports_team_id_idx" ON "reports" USING btree ("team_id" uuid_ops, "created_at" DESC)',
      'CREATE INDEX "transaction_embeddings_vector_idx" ON "transaction_embeddings" USING hnsw ("embedding" vector_cosine_ops) WITH (m = 16, ef_construction = 64)',
    ]);
    const { diagnostics, base, head } = await rehearseMigrations(migrations.slice(0, -1), migrations.slice(-1), { cacheFile: TEST_CACHE_FILE });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'migration/base-failed' || diagnostic.code === 'migration/new-failed')).toEqual([]);
    expect(base.enums?.find((item) => item.name === 'reportTypes')?.labels).toEqual(['profit', 'revenue', 'burn_rate', 'expense', 'monthly_revenue', 'runway']);
    const drop = { file: `${dir}/0032_drop_transaction_embeddings.sql` };
    expect(diffSchemas(base, head, { migrations: migrations.slice(-1) })).toEqual([
      ...['embedding', 'id', 'transaction_id'].map((column) => ({
        kind: 'column-dropped',
        column: { schema: 'public', table: 'transaction_embeddings', column },
        type: { embedding: 'vector(768)', id: 'bigint', transaction_id: 'uuid' }[column],
        tableDropped: true,
        migration: { ...drop, line: 1 },
      })),
      {
        kind: 'column-dropped',
        column: { schema: 'public', table: 'transaction_match_suggestions', column: 'embedding_score' },
        type: 'numeric(4,3)',
        migration: { ...drop, line: 2 },
      },
    ]);
  });

  it("kysely: the migrations an index module re-exports (atproto's provider), in name order; the index, the provider and a file it forgets are not run", async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/formats/kysely-builder');
    expect(migrations.map((migration) => [migration.version, migration.name, migration.up.length])).toEqual([
      ['20240101T120000000Z', 'init', 3],
      ['20240103T080000000Z', 'profile-aggs', 2],
      ['20240105T120000000Z', 'abandoned', 0],
      ['20240110T090000000Z', 'profile-names', 5],
    ]);
    expect(migrations[2]!.diagnostics?.map((diagnostic) => diagnostic.code)).toEqual(['migration/not-in-journal']);
    // pg_trgm is loaded for the gist index; every down replays in the rollback rehearsal.
    const { diagnostics, findings, rehearsed, head } = await rehearseMigrations(migrations.slice(0, -1), migrations.slice(-1), { cacheFile: TEST_CACHE_FILE });
    expect([diagnostics, findings, rehearsed]).toEqual([[], [], true]);
    expect(head.tables.find((table) => table.name === 'profile')?.columns.map((column) => column.name)).toEqual([
      'uri',
      'creator',
      'display_name',
      'indexedAt',
      'createdAt',
    ]);
  });

  it("knex: files named by version (wiki.js) run in version order, as its migration source sorts them: 2.10.0 after 2.9.1", async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/ordering/knex-versions');
    expect(migrations.map((migration) => [migration.format, migration.version, migration.up.length])).toEqual([
      ['knex', '2.0.0', 1],
      ['knex', '2.2.3', 1],
      ['knex', '2.2.17', 1],
      ['knex', '2.9.1', 1],
      ['knex', '2.10.0', 2],
    ]);
    expect(migrations.flatMap((migration) => migration.diagnostics ?? []).map((diagnostic) => `${diagnostic.location.file}:${diagnostic.location.line} ${diagnostic.message}`)).toEqual([
      "fixtures/ordering/knex-versions/2.9.1.js:6 if (WIKI.config.db.type === 'mysql'): `WIKI` is not a literal, a const of this file or Knex's own object (if the migration runner sets it as a global, give its value in `migrations.globals` of ripple.config.json); its SQL is not applied",
    ]);
    const { diagnostics, head } = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(diagnostics).toEqual([]);
    expect(head.tables.find((table) => table.name === 'pages')?.columns.map((column) => column.name)).toEqual(['id', 'path', 'title', 'createdAt']);
  });
});
