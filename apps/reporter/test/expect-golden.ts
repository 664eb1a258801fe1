import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ImpactReport } from '@ripple/model';

export const goldenDir = join(import.meta.dirname, 'golden');

/** The realistic report the renderer goldens are made from: fixtures/shop with forgotten consumers, API changes, a finding. */
export async function readGoldenReport(): Promise<ImpactReport> {
  return JSON.parse(await readFile(join(goldenDir, 'shop-forgotten.impact.json'), 'utf8')) as ImpactReport;
}

/**
 * Compares output with `test/golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file instead (then review the diff).
 * A missing golden fails: it is never created silently.
 */
export async function expectGolden(name: string, actual: string): Promise<void> {
  const path = join(goldenDir, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    await writeFile(path, actual);
    return;
  }
  const expected = await readFile(path, 'utf8').catch(() => {
    throw new Error(`golden file ${path} is missing: run with UPDATE_GOLDEN=1 to write it`);
  });
  expect(actual, `output differs from ${name}; if the change is intended, rerun with UPDATE_GOLDEN=1`).toBe(expected);
}

/** The same report with every list reversed: a renderer that sorts renders it byte for byte the same. */
export function reverseLists(report: ImpactReport): ImpactReport {
  return {
    ...report,
    changes: [...report.changes].reverse().map((change) => ({ ...change, consumers: [...change.consumers].reverse() })),
    apiChanges: [...report.apiChanges].reverse(),
    findings: [...report.findings].reverse(),
    diagnostics: [...report.diagnostics].reverse(),
  };
}
