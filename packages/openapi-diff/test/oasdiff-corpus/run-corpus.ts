import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiChange } from '@ripple/model';
import { diffOpenApi, loadOpenApi, type DiffOptions } from '../../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** oasdiff's tests compare sunset dates against the clock; its fixtures use dates long past or in year 9999. */
export const CORPUS_TODAY = '2026-12-05';

export interface CorpusPair {
  readonly test: string;
  readonly base: string;
  readonly revision: string;
  /** The options the oasdiff test sets, by oasdiff's (and `ripple api-diff`'s) flag names. */
  readonly options?: { readonly 'deprecation-days-beta'?: number; readonly 'deprecation-days-stable'?: number; readonly 'stability-level'?: string };
  readonly expected: readonly { readonly id: string; readonly level: string }[];
  /** Ids the test requires not to be reported with its options. */
  readonly absent?: readonly string[];
}

/** One expected id of one pair, and what Ripple reported for it. */
export interface CorpusRow {
  readonly pair: string;
  readonly test: string;
  readonly oasdiffId: string;
  /** oasdiff's default level; `—` for an id the test requires to be absent. */
  readonly level: string;
  /** The pair's options as flags: `--stability-level draft`. */
  readonly flags: string;
  /**
   * `reported` (same id, same level), `other-level` (same id), `missing`, or `load-error`; for an id required to be
   * absent, `absent` or `reported-unexpectedly`.
   */
  readonly verdict: 'reported' | 'other-level' | 'missing' | 'load-error' | 'absent' | 'reported-unexpectedly';
  /** The level Ripple reported the id at, when it did. */
  readonly rippleLevel: string | undefined;
}

export function readCorpusPairs(): readonly CorpusPair[] {
  return (JSON.parse(readFileSync(path.join(here, 'pairs.json'), 'utf8')) as { pairs: CorpusPair[] }).pairs;
}

/** The pair's options as `diffOpenApi` takes them. */
export function diffOptionsOf(pair: CorpusPair): DiffOptions {
  const options = pair.options ?? {};
  return {
    today: CORPUS_TODAY,
    ...(options['deprecation-days-beta'] === undefined ? {} : { deprecationDaysBeta: options['deprecation-days-beta'] }),
    ...(options['deprecation-days-stable'] === undefined ? {} : { deprecationDaysStable: options['deprecation-days-stable'] }),
    ...(options['stability-level'] === undefined ? {} : { stabilityLevel: options['stability-level'] as NonNullable<DiffOptions['stabilityLevel']> }),
  };
}

/** Diffs every pair with its test's options (Ripple's defaults otherwise) and grades each expected id. */
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
    const flags = Object.entries(pair.options ?? {})
      .map(([flag, value]) => `--${flag} ${value}`)
      .join(' ');
    let changes: readonly ApiChange[] | undefined;
    try {
      changes = diffOpenApi(await load(pair.base), await load(pair.revision), diffOptionsOf(pair));
    } catch {
      changes = undefined;
    }
    for (const { id, level } of pair.expected) {
      const levels = new Set((changes ?? []).filter((change) => change.id === id).map((change) => change.level));
      const verdict = changes === undefined ? 'load-error' : levels.has(level as ApiChange['level']) ? 'reported' : levels.size > 0 ? 'other-level' : 'missing';
      const rippleLevel = levels.has(level as ApiChange['level']) ? level : [...levels].sort()[0];
      rows.push({ pair: name, test: pair.test, oasdiffId: id, level, flags, verdict, rippleLevel });
    }
    for (const id of pair.absent ?? []) {
      const levels = (changes ?? []).filter((change) => change.id === id).map((change) => change.level);
      const verdict = changes === undefined ? 'load-error' : levels.length === 0 ? 'absent' : 'reported-unexpectedly';
      rows.push({ pair: name, test: pair.test, oasdiffId: id, level: '—', flags, verdict, rippleLevel: levels.sort()[0] });
    }
  }
  return rows;
}
