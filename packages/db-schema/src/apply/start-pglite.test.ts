import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPGlite } from './start-pglite.js';

describe('startPGlite', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ripple-start-pglite-'));
  const cacheFile = path.join(dir, 'nested', 'pglite.tar');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts cold and writes the cache, then starts from it with a fresh, working data directory', async () => {
    const first = await startPGlite({ cacheFile });
    try {
      expect(first.cached).toBe(false);
      await first.db.exec('CREATE TABLE left_behind (id integer)');
    } finally {
      await first.db.close();
    }
    expect(statSync(cacheFile).size).toBeGreaterThan(1_000_000);

    const second = await startPGlite({ cacheFile });
    try {
      expect(second.cached).toBe(true);
      const { rows } = await second.db.query<{ tables: number }>("SELECT count(*)::int AS tables FROM pg_class WHERE relname = 'left_behind'");
      expect(rows).toEqual([{ tables: 0 }]);
      await second.db.exec('CREATE TABLE t (id integer PRIMARY KEY); INSERT INTO t VALUES (1), (2)');
      expect((await second.db.query('SELECT id FROM t ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      await second.db.close();
    }
  });

  it('replaces a cache file that does not load with a fresh one', async () => {
    const size = statSync(cacheFile).size;
    writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 4096));
    const started = await startPGlite({ cacheFile });
    try {
      expect(started.cached).toBe(false);
      expect((await started.db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await started.db.close();
    }
    expect(statSync(cacheFile).size).toBe(size);
    const again = await startPGlite({ cacheFile });
    try {
      expect(again.cached).toBe(true);
    } finally {
      await again.db.close();
    }
  });
});
