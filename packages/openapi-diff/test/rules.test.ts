import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, loadOpenApi } from '../src/index.js';
import { RULE_CASES, type ExpectedFinding } from './rule-cases.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('rules: each fixture pair gives exactly its findings', () => {
  it.each(RULE_CASES.map((ruleCase) => [ruleCase.name, ruleCase] as const))('%s', async (name, ruleCase) => {
    const base = await loadOpenApi(`fixtures/rules/${name}_base.yaml`, { root });
    const head = await loadOpenApi(`fixtures/rules/${name}_revision.yaml`, { root });
    const changes = diffOpenApi(base, head, { ...ruleCase.options, ...(ruleCase.today === undefined ? {} : { today: ruleCase.today }), locations: true });
    const actual = changes.map((change): ExpectedFinding => {
      const side = change.file === base.file ? 'base' : change.file === head.file ? 'revision' : (change.file as 'base');
      return change.property === undefined
        ? [change.id, change.level, change.operation, change.pointer, side]
        : [change.id, change.level, change.operation, change.pointer, side, change.property];
    });
    expect(actual).toEqual(ruleCase.findings);
    // The finding's pointer is its location on the side it names; base and head are the two sides' own files.
    for (const change of changes) {
      const primary = change.file === base.file ? change.base : change.head;
      expect(primary, change.id).toEqual({ file: change.file, pointer: change.pointer });
      if (change.base) expect(change.base.file).toBe(base.file);
      if (change.head) expect(change.head.file).toBe(head.file);
    }
  });

  it('every case has both fixture files', () => {
    const missing = RULE_CASES.flatMap((ruleCase) =>
      ['base', 'revision'].map((side) => `fixtures/rules/${ruleCase.name}_${side}.yaml`).filter((file) => !existsSync(path.join(root, file))),
    );
    expect(missing).toEqual([]);
  });
});
