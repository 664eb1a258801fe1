import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/index.js';
import { OASDIFF_DIFFERENCES as DIFFERENCES } from '../../src/rules/oasdiff-differences.js';
import { isExpectedRow, renderCorpusTable } from './render-corpus-table.js';
import { readCorpusPairs, runCorpus, type CorpusRow } from './run-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe("oasdiff's checker tests, vendored: each expected id reported with oasdiff's level, or the table says why not", () => {
  let rows: readonly CorpusRow[] = [];
  it('diffs every pair (none refused)', async () => {
    rows = await runCorpus(readCorpusPairs());
    expect(rows.filter((row) => row.verdict === 'load-error').map((row) => row.pair)).toEqual([]);
    expect(rows.length).toBeGreaterThan(300);
  });

  it('gives a reason for every expected id not reported at its level, and keeps no unused reason', () => {
    const differing = rows.filter((row) => isExpectedRow(row) && row.verdict !== 'reported');
    expect(differing.filter((row) => DIFFERENCES[row.oasdiffId] === undefined).map((row) => `${row.pair} ${row.oasdiffId}`)).toEqual([]);
    const used = new Set(differing.map((row) => row.oasdiffId));
    expect(Object.keys(DIFFERENCES).filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps out what a test requires its options to keep out', () => {
    const absent = rows.filter((row) => !isExpectedRow(row));
    expect(absent.length).toBeGreaterThan(0);
    expect(absent.filter((row) => row.verdict !== 'absent').map((row) => `${row.pair} ${row.flags} ${row.oasdiffId}`)).toEqual([]);
  });

  it('names a deliberate level difference in the docs of the rule', () => {
    const undocumented = rows
      .filter((row) => row.verdict === 'other-level')
      .map((row) => RULES.find((rule) => rule.id === row.oasdiffId))
      .filter((rule) => rule !== undefined && !rule.docs.includes('oasdiff grades'))
      .map((rule) => rule?.id);
    expect(undocumented).toEqual([]);
  });

  it('table.md is what the corpus gives (run `pnpm --filter @ripple/openapi-diff oasdiff-corpus`)', () => {
    const { source } = JSON.parse(readFileSync(path.join(here, 'pairs.json'), 'utf8')) as { source: string };
    expect(readFileSync(path.join(here, 'table.md'), 'utf8')).toBe(renderCorpusTable(source, rows));
  });
});
