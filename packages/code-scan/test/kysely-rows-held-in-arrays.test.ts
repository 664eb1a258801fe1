import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ ipld_block: ['cid', 'size', 'content', 'indexedAt'], record: ['uri', 'cid', 'did', 'indexedAt'] });

describe('kysely rows held in a local array', () => {
  it('rows-held-in-arrays: `.values(blocks)` writes the keys of the rows the array literal holds and the block pushes into it (atproto b455b91b0c, tests/migrations/indexed-at-on-record.test.ts)', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/kysely/rows-held-in-arrays', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    expect(diagnostics).toEqual([]);
    expect(siteLines(usages).filter((site) => !site.startsWith('src/db/'))).toEqual([
      // `blocks.push({ ... })` in the loop, then `.values(blocks)` into ipld_block.
      'tests/migrations/indexed-at-on-record.test.ts:19:9 public.ipld_block.cid write kysely -',
      'tests/migrations/indexed-at-on-record.test.ts:20:9 public.ipld_block.size write kysely -',
      'tests/migrations/indexed-at-on-record.test.ts:21:9 public.ipld_block.indexedAt write kysely -',
      // `records.push(...)` goes to `record`: its `indexedAt` is record's (trap: not ipld_block's).
      'tests/migrations/indexed-at-on-record.test.ts:23:22 public.record.uri write kysely -',
      'tests/migrations/indexed-at-on-record.test.ts:23:40 public.record.cid write kysely -',
      'tests/migrations/indexed-at-on-record.test.ts:23:56 public.record.indexedAt write kysely -',
      // Trap: `logged` (line 24) is pushed into but never written. The array literal's own rows: `seed`.
      'tests/migrations/indexed-at-on-record.test.ts:26:21 public.ipld_block.cid write kysely -',
      'tests/migrations/indexed-at-on-record.test.ts:26:34 public.ipld_block.size write kysely -',
      'tests/migrations/indexed-at-on-record.test.ts:26:43 public.ipld_block.indexedAt write kysely -',
      // Trap: the inner `blocks` (line 38) shadows the outer one; only the outer's push is written.
      'tests/migrations/indexed-at-on-record.test.ts:42:19 public.ipld_block.cid write kysely -',
    ]);
  });
});
