import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({ repo_seq: ['seq', 'did', 'eventType', 'invalidated', 'sequencedAt'] });

describe('kysely row aliases', () => {
  it("selectable-entries: `Selectable<RepoSeq>` is the row, a method's `Promise<RepoSeqEntry | null>` too, a getter's type is its property's, and each name of `const [a, b] = await Promise.all([...])` takes its own call's result", async () => {
    const root = fileURLToPath(new URL('../fixtures/code/kysely/selectable-entries', import.meta.url));
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    expect(diagnostics).toEqual([]);
    expect(siteLines(usages).filter((site) => !site.startsWith('src/db/'))).toEqual([
      // `curr.seq` where `curr` is `Promise.all`'s second result, `ctx.sequencer.curr()` through a getter; trap: `stored.seq` (line 18)
      // is the first, a `Cursor`, no row.
      'src/api/subscribe-repos.ts:15:29 public.repo_seq.seq read kysely checkCursor name-match',
      // `await this.curr()`, declared `Promise<RepoSeqEntry | null>`.
      'src/sequencer/index.ts:12:28 public.repo_seq.seq read kysely Sequencer.start name-match',
      'src/sequencer/index.ts:17:78 public.repo_seq.seq order kysely Sequencer.curr',
      // The row inserted through `.values(row)`: its keys are written.
      'src/sequencer/index.ts:22:34 public.repo_seq.did write kysely Sequencer.sequence',
      'src/sequencer/index.ts:22:39 public.repo_seq.eventType write kysely Sequencer.sequence',
      'src/sequencer/index.ts:22:60 public.repo_seq.sequencedAt write kysely Sequencer.sequence',
    ]);
  });
});
