import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from './load-migrations.js';

describe('loadMigrations progress', () => {
  it('says which large file it splits before the seconds that takes, and nothing for small ones', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ripple-large-'));
    try {
      await writeFile(path.join(dir, '0001_small.sql'), 'CREATE TABLE seed (id int, note text);\n');
      await writeFile(path.join(dir, '0002_seed.sql'), `INSERT INTO seed VALUES (1, '${'x'.repeat(100)}');\n`.repeat(50_000));
      const messages: string[] = [];
      const migrations = await loadMigrations(dir, '.', { progress: (message) => messages.push(message) });
      expect(messages).toEqual(['splitting 0002_seed.sql (7 MB)']);
      expect(migrations.map((migration) => migration.up.length)).toEqual([1, 50_000]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
