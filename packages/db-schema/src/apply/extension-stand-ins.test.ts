import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { snapshotBeforeAndAfter } from './snapshot-before-and-after.js';

/** The fixture's first migration is the base, the others are new: the snapshots, their diff and the diagnostics. */
async function history(dir: string) {
  const migrations = await loadMigrations(PACKAGE_ROOT, dir);
  const newMigrations = migrations.slice(1);
  const result = await snapshotBeforeAndAfter(migrations.slice(0, 1), newMigrations, { cacheFile: TEST_CACHE_FILE });
  return { ...result, changes: diffSchemas(result.base, result.head, { migrations: newMigrations }) };
}

const column = (table: string, name: string) => ({ schema: 'public', table, column: name });

describe('extensions on PGlite: pgvector from its bundle, the unbundled ones by stand-ins', () => {
  it('pgvector: vector columns with hnsw and ivfflat indexes build and diff', async () => {
    const file = 'fixtures/extension-pgvector/migrations/0002_embedding_model.sql';
    const { head, changes, diagnostics } = await history('fixtures/extension-pgvector/migrations');
    expect(changes).toEqual([
      { kind: 'column-dropped', column: column('documents', 'body'), type: 'text', migration: { file, line: 4 } },
      { kind: 'column-renamed', column: column('documents', 'embedding'), newName: 'embedding_small', how: 'rename', migration: { file, line: 1 } },
      { kind: 'column-added', column: column('documents', 'embedding_large'), type: 'vector(1536)', nullable: true, migration: { file, line: 2 } },
    ]);
    expect(head.indexes.map((index) => index.definition)).toEqual([
      'CREATE INDEX documents_embedding_hnsw ON public.documents USING hnsw (embedding_small vector_l2_ops)',
      "CREATE INDEX documents_embedding_large_ivfflat ON public.documents USING ivfflat (embedding_large vector_cosine_ops) WITH (lists='100')",
      'CREATE UNIQUE INDEX documents_pkey ON public.documents USING btree (id)',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('PostGIS: geometry columns, a GiST index, ST_ functions in a default and a view build on a stand-in and diff', async () => {
    const file = 'fixtures/extension-postgis/migrations/0002_area.sql';
    const { head, changes, diagnostics } = await history('fixtures/extension-postgis/migrations');
    expect(changes).toEqual([
      { kind: 'column-added', column: column('places', 'area'), type: 'geography', nullable: true, migration: { file, line: 2 } },
      { kind: 'column-dropped', column: column('places', 'bounds'), type: 'box2d', migration: { file, line: 3 } },
      { kind: 'column-renamed', column: column('places', 'name'), newName: 'title', how: 'rename', migration: { file, line: 1 } },
    ]);
    const places = head.tables.find((table) => table.name === 'places');
    expect(places?.columns.find((each) => each.name === 'location')).toEqual({
      name: 'location', position: 3, type: 'geometry', nullable: false, default: 'st_setsrid(st_makepoint(0, 0), 4326)',
    });
    expect(head.indexes.find((index) => index.name === 'places_location_gist')?.definition).toBe(
      'CREATE INDEX places_location_gist ON public.places USING gist (location)',
    );
    expect(head.views.map((view) => view.definition)).toEqual([
      ' SELECT id,\n    title AS name\n   FROM places\n  WHERE st_dwithin(location::geography, st_makepoint(0, 0)::geography, 1000);',
    ]);
    expect(diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'migration/extension-stand-in',
        message:
          'extension "postgis" is not bundled with the embedded PGlite: a stand-in declares its types geometry, geography, box2d, box3d as ' +
          'opaque values; the functions the migrations call (st_dwithin, st_makepoint, st_setsrid) returning placeholders; columns, ' +
          'indexes and constraints on them are kept, values and function results are not real',
        location: { file: 'fixtures/extension-postgis/migrations/0001_places.sql', line: 2, column: 1 },
      },
    ]);
  });

  it("PostGIS: a geometry column retyped to JSONB by PostGIS's jsonb(geometry) or its cast (opencollective-api's Sequelize migration)", async () => {
    const file = 'fixtures/extension-postgis-jsonb/migrations/20220426103129-move-coordinates-to-jsonb.js';
    const { changes, diagnostics } = await history('fixtures/extension-postgis-jsonb/migrations');
    expect(changes).toEqual([
      { kind: 'column-type-changed', column: column('CollectiveHistories', 'geoLocationLatLong'), from: 'geometry', to: 'jsonb', migration: { file, line: 6 } },
      { kind: 'column-type-changed', column: column('Collectives', 'geoLocationLatLong'), from: 'geometry', to: 'jsonb', migration: { file, line: 12 } },
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['migration/extension-stand-in']);
  });

  it('pgvecto.rs, TimescaleDB, pg_cron and an unknown extension: one diagnostic each, at its CREATE EXTENSION', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/extension-stand-ins/migrations');
    const { head, diagnostics } = await snapshotBeforeAndAfter([], migrations, { cacheFile: TEST_CACHE_FILE });
    expect(head.tables[0]?.columns.map((each) => `${each.name} ${each.type}`)).toEqual(['id bigint', 'at timestamp with time zone', 'embedding vectors.vector(3)']);
    expect(head.indexes.map((index) => index.definition)).toEqual(['CREATE INDEX items_embedding ON public.items USING vectors (embedding vectors.vector_l2_ops)']);
    expect(head.extensions?.map((extension) => `${extension.name} ${extension.schema}`)).toEqual([
      'pg_cron pg_catalog', 'plpgsql pg_catalog', 'some-unknown-extension public', 'timescaledb public', 'vectors vectors',
    ]);
    expect(diagnostics.map((diagnostic) => `${diagnostic.location.line} ${diagnostic.message.split(':')[1]!.split(';')[0]!.trim()}`)).toEqual([
      '4 a stand-in declares the functions the migrations call (cron.schedule) returning placeholders',
      '5 an empty stand-in is installed (Ripple does not know its objects)',
      '3 a stand-in declares the functions the migrations call (create_hypertable) returning placeholders',
      '2 a stand-in declares its types vector, vecf16, svector, bvector, veci8 as opaque values',
    ]);
  });
});
