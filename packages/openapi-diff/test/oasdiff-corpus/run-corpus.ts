import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiChange } from '@ripple/model';
import { diffOpenApi, loadOpenApi } from '../../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** oasdiff's tests compare sunset dates against the clock; its fixtures use dates long past or in year 9999. */
export const CORPUS_TODAY = '2026-12-05';

export interface CorpusPair {
  readonly test: string;
  readonly base: string;
  readonly revision: string;
  readonly expected: readonly { readonly id: string; readonly level: string }[];
}

/** One expected id of one pair, and what Ripple reported for it. */
export interface CorpusRow {
  readonly pair: string;
  readonly test: string;
  readonly oasdiffId: string;
  readonly level: string;
  /** `reported` (same id, same level), `other-level` (same id), `missing`, or `load-error`. */
  readonly verdict: 'reported' | 'other-level' | 'missing' | 'load-error';
  /** The level Ripple reported the id at, when it did. */
  readonly rippleLevel: string | undefined;
}

export function readCorpusPairs(): readonly CorpusPair[] {
  return (JSON.parse(readFileSync(path.join(here, 'pairs.json'), 'utf8')) as { pairs: CorpusPair[] }).pairs;
}

/** Diffs every pair with Ripple's defaults and grades each expected id. */
export async function runCorpus(pairs: readonly CorpusPair[]): Promise<readonly CorpusRow[]> {
  const rows: CorpusRow[] = [];
  const loaded = new Map<string, ReturnType<typeof loadOpenApi>>();
  const load = (file: string): ReturnType<typeof loadOpenApi> => {
    let doc = loaded.get(file);
    if (!doc) {
      doc = loadOpenApi(file, { root: path.join(here, 'data') });
      doc.catch(() => undefined);
      loaded.set(file, doc);
    }
    return doc;
  };
  for (const pair of pairs) {
    const name = `${pair.base} → ${pair.revision}`;
    let changes: readonly ApiChange[] | undefined;
    try {
      changes = diffOpenApi(await load(pair.base), await load(pair.revision), { today: CORPUS_TODAY });
    } catch {
      changes = undefined;
    }
    for (const { id, level } of pair.expected) {
      const levels = new Set((changes ?? []).filter((change) => change.id === id).map((change) => change.level));
      const verdict = changes === undefined ? 'load-error' : levels.has(level as ApiChange['level']) ? 'reported' : levels.size > 0 ? 'other-level' : 'missing';
      const rippleLevel = levels.has(level as ApiChange['level']) ? level : [...levels].sort()[0];
      rows.push({ pair: name, test: pair.test, oasdiffId: id, level, verdict, rippleLevel });
    }
  }
  return rows;
}
