import { join, resolve } from 'node:path';
import { loadMigrations, rehearseMigrations, schemaDifferences } from '@ripple/db-schema';
import { describe, expect, it } from 'vitest';
import { exportSchemaSource, schemaSourceMigration } from '../src/pipeline/schema-source.js';

const tree = resolve(import.meta.dirname, 'fixtures', 'prisma-schema-equals-migrations');
const source = { tool: 'prisma', schema: 'prisma/schema.prisma' } as const;

describe('migrations.schemaSource with Prisma: the schema equals the one its migrations build', () => {
  it('tables, columns (types, nullability, defaults), enums, keys, foreign keys and indexes: no difference', { timeout: 300_000 }, async () => {
    const sql = await exportSchemaSource(tree, source, 'base', () => undefined, { file: 'ripple.config.json', pointer: '/migrations/schemaSource' });
    const fromSource = await rehearseMigrations([schemaSourceMigration(sql, source).migration], [], { cacheDir: false });
    const migrations = await loadMigrations(tree, join('prisma', 'migrations'));
    const replayed = await rehearseMigrations(migrations, [], { cacheDir: false });
    expect(replayed.diagnostics).toEqual([]);
    expect(fromSource.diagnostics).toEqual([]);
    expect(replayed.base.tables.map((table) => `${table.name}:${table.columns.length}`).sort()).toEqual(['JobRun:14', 'OrgMember:6', 'Organization:6', 'RuntimeEnvironment:7', 'User:6']);
    expect(replayed.base.constraints.filter((constraint) => constraint.kind === 'foreign-key')).toHaveLength(4);
    expect(schemaDifferences(replayed.base, fromSource.base)).toEqual([]);
    // The comparison sees a missing step: without the last migration, the schema file has more.
    const older = await rehearseMigrations(migrations.slice(0, -1), [], { cacheDir: false });
    expect(schemaDifferences(older.base, fromSource.base)).toContain('column public.Organization.maximumConcurrencyLimit: extra');
  });
});
