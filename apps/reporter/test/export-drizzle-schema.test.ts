import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { exportDrizzleSchema, findDrizzleKit, lastLines } from '../src/pipeline/export-drizzle-schema.js';
import { tempDir } from './temp-dirs.js';

const location = { file: 'ripple.config.json', pointer: '/migrations/schemaSource' };

describe('exportDrizzleSchema', () => {
  it('names the schema file and the install command when drizzle-kit is missing', async () => {
    const tree = await tempDir('schema-source');
    await writeFile(join(tree, 'schema.ts'), 'export {};\n');
    const progress: string[] = [];
    const error = await exportDrizzleSchema({ tree, schemaPath: 'schema.ts', progress: (line) => progress.push(line), location }).catch((caught: unknown) => caught);
    expect(isRippleError(error)).toBe(true);
    expect((error as Error).message).toContain('migrations.schemaSource schema.ts: drizzle-kit not found');
    expect((error as Error).message).toContain('npm i -D drizzle-kit drizzle-orm');
    expect(progress).toEqual([]);
  });

  it('finds drizzle-kit in a folder above the tree', async () => {
    const root = await tempDir('schema-source');
    await mkdir(join(root, 'node_modules', '.bin'), { recursive: true });
    await writeFile(join(root, 'node_modules', '.bin', 'drizzle-kit'), '');
    await mkdir(join(root, 'apps', 'api'), { recursive: true });
    expect(await findDrizzleKit(join(root, 'apps', 'api'))).toBe(join(root, 'node_modules', '.bin', 'drizzle-kit'));
  });

  it('keeps the last non-empty lines of stderr', () => {
    expect(lastLines('a\n\nb\nc\n', 2)).toBe('b\nc');
  });
});

describe('exportDrizzleSchema with the workspace drizzle-kit', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'drizzle-schema-source', 'base');

  it('prints the DDL of a Drizzle schema', { timeout: 120_000 }, async () => {
    const progress: string[] = [];
    const sql = await exportDrizzleSchema({ tree: fixture, schemaPath: 'schema.ts', progress: (line) => progress.push(line), location });
    expect(sql).toContain('CREATE TABLE "project"');
    expect(sql).toContain('"projectId" text PRIMARY KEY NOT NULL');
    expect(sql).toContain('"description" text');
    expect(progress).toEqual(['exporting the Drizzle schema schema.ts with drizzle-kit']);
  });

  it('reports a failing export with the tool output, not a stack', { timeout: 120_000 }, async () => {
    const error = await exportDrizzleSchema({ tree: fixture, schemaPath: 'missing-schema.ts', progress: () => undefined, location }).catch((caught: unknown) => caught);
    expect(isRippleError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^migrations\.schemaSource missing-schema\.ts: drizzle-kit export failed:\n/);
  });
});
