import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic, SchemaSnapshot, SystemMap, Usage } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

// A first run on a real repository, without a config: an old migration production was patched around (a statement
// the grammar rejects), and an old copy of the API description under docs/ that no YAML parser takes (a key written
// twice, as hedgedoc's docs/content/old/dev/public_api.yml has). Neither may end a command that only reads history.
const REPOSITORY: Readonly<Record<string, string>> = {
  'db/migrations/0001_notes.up.sql': 'CREATE TABLE notes (id integer PRIMARY KEY, title text NOT NULL);\n',
  // golang-migrate's layout: the runner wraps the file in one transaction, so neither column was ever added
  'db/migrations/0002_body.up.sql': 'ALTER TABLE notes ADD COLUMN body text text;\nALTER TABLE notes ADD COLUMN pinned boolean;\n',
  'db/migrations/0003_owner.up.sql': 'ALTER TABLE notes ADD COLUMN owner_id integer;\n',
  'api/package.json': JSON.stringify({ name: 'api', dependencies: { pg: '^8.11.0' } }),
  'api/src/notes.ts': "import { Pool } from 'pg';\n\nexport async function titles(pool: Pool) {\n  return pool.query('SELECT title, owner_id FROM notes');\n}\n",
  'docs/old/api.yml': 'openapi: 3.0.0\ninfo:\n  title: Notes\n  version: 1.0.0\npaths:\n  /notes:\n    get:\n      responses: {}\n  /notes:\n    post:\n      responses: {}\n',
};

async function repository(extra: Readonly<Record<string, string>> = {}): Promise<string> {
  const root = await tempDir('first-run');
  for (const [file, text] of Object.entries({ ...REPOSITORY, ...extra })) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  return root;
}

async function ripple(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const shown = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`);

describe('a first run on a history with a broken old migration and an unreadable detected API description', () => {
  it('map: both are warnings at their file and line, and the rest of the history is mapped', async () => {
    const root = await repository();
    const result = await ripple(['map', '--repo', root, '--format', 'json']);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    const map = JSON.parse(result.out) as SystemMap;
    expect(shown(map.diagnostics)).toEqual(expect.arrayContaining(['migration/syntax-error db/migrations/0002_body.up.sql:1', 'openapi/unreadable docs/old/api.yml:9']));
    expect(map.diagnostics.find((diagnostic) => diagnostic.code === 'openapi/unreadable')?.message).toMatch(/duplicated mapping key.*found by detection, so left out/);
  });

  it('usages: a column a later migration adds is found, and the skipped file is listed', async () => {
    const root = await repository();
    const result = await ripple(['usages', 'public.notes.owner_id', '--repo', root, '--format', 'json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.out) as { usages: Usage[]; diagnostics: Diagnostic[] };
    expect(output.usages.map((usage) => `${usage.location.file}:${usage.location.line} ${usage.access}`)).toEqual(['api/src/notes.ts:4 read']);
    expect(shown(output.diagnostics)).toContain('migration/syntax-error db/migrations/0002_body.up.sql:1');
  });

  it('schema: the snapshot on stdout, each skipped statement a warning on stderr', async () => {
    const root = await repository();
    const result = await ripple(['schema', '--migrations', 'db/migrations', '--repo', root, '--format', 'json']);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.out) as SchemaSnapshot;
    expect(snapshot.tables.find((table) => table.name === 'notes')?.columns.map((column) => column.name)).toEqual(['id', 'title', 'owner_id']);
    expect(result.err).toMatch(/ripple: warning: db\/migrations\/0002_body\.up\.sql:1 {2}migration\/syntax-error {2}.*syntax error at or near "text".*none of its statements were applied/);
  });

  it('a description the config names is not skipped: exit 2 at its file and line', async () => {
    const root = await repository({ 'ripple.config.json': JSON.stringify({ migrations: { dir: 'db/migrations' }, openapi: [{ service: 'api', spec: 'docs/old/api.yml' }] }) });
    const result = await ripple(['map', '--repo', root, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/docs\/old\/api\.yml:9: .*duplicated mapping key/);
  });
});
