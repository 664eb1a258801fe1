import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { applyIgnores, globToRegExp } from '../src/join/apply-ignores.js';

const report: ImpactReport = {
  schemaVersion: 1,
  changes: [
    {
      id: 'column-dropped:public.t.c',
      kind: 'column-dropped',
      table: 'public.t',
      column: 'c',
      severity: 'error',
      summary: 'dropped',
      consumers: [
        { kind: 'code', file: 'services/legacy/src/a.ts', line: 1 },
        { kind: 'code', file: 'services/api/src/b.ts', line: 2 },
        { kind: 'db-object', object: 'view public.v' },
      ],
    },
    { id: 'column-default-changed:public.t.d', kind: 'column-default-changed', table: 'public.t', column: 'd', severity: 'info', summary: 'default', consumers: [] },
  ],
  apiChanges: [
    { kind: 'api-change', id: 'response-optional-property-removed', level: 'info', operation: 'GET /x', pointer: '/p', message: 'm', file: 'api.yaml', fingerprint: 'f' },
  ],
  findings: [],
  diagnostics: [{ kind: 'diagnostic', code: 'sql/dynamic', message: 'm', location: { file: 'services/legacy/src/a.ts', line: 3 } }],
};

describe('applyIgnores', () => {
  it('drops consumers and diagnostics under an ignored path, keeps db objects', () => {
    const result = applyIgnores(report, [{ path: 'services/legacy/**', reason: 'retired next month' }]);
    expect(result.changes[0]!.consumers.map((consumer) => consumer.file ?? consumer.object)).toEqual(['services/api/src/b.ts', 'view public.v']);
    expect(result.diagnostics).toEqual([]);
  });

  it('drops a rule everywhere: a change kind with its consumers, an API rule id', () => {
    const result = applyIgnores(report, [
      { rule: 'column-default-changed', reason: 'defaults are ours' },
      { rule: 'response-optional-property-removed', reason: 'clients tolerate it' },
    ]);
    expect(result.changes.map((change) => change.id)).toEqual(['column-dropped:public.t.c']);
    expect(result.apiChanges).toEqual([]);
  });

  it('needs both to match when an entry gives a rule and a path', () => {
    const result = applyIgnores(report, [{ rule: 'column-dropped', path: 'services/api/**', reason: 'r' }]);
    expect(result.changes[0]!.consumers.map((consumer) => consumer.file ?? consumer.object)).toEqual(['services/legacy/src/a.ts', 'view public.v']);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['services/**', 'services/a/b.ts', true],
    ['services/*/src/*.ts', 'services/api/src/x.ts', true],
    ['services/*/src/*.ts', 'services/api/src/deep/x.ts', false],
    ['**/generated/**', 'a/generated/b.ts', true],
    ['**/generated/**', 'generated/b.ts', true],
    ['a.?s', 'a.ts', true],
    ['a.ts', 'axts', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
