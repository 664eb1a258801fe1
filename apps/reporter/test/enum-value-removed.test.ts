import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';
import { enumLabelsOf, namesEnumLabel, removedEnumLabels } from '../src/join/enum-labels.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/enum-value-removed');

describe('an enum that loses a label (two trees)', () => {
  it('has as code consumers only the files that name the removed label, in either tree, and the declaration', async () => {
    const report = await analyseRepository({
      repo: resolve(scenario, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, 'base'), headDir: resolve(scenario, 'head') },
      progress: () => {},
    });
    const change = report.changes.find((candidate) => candidate.id === 'column-type-changed:public.Order.type');
    expect(change?.consumers.map((consumer) => `${consumer.file}:${consumer.line} ${consumer.access}`)).toEqual([
      'prisma/schema.prisma:13 definition',
      // The base mapped rows to 'ITEM': the change had to touch it. Not portfolio.service.ts, which reads 'BUY'.
      'src/import.service.ts:6 write',
    ]);
  });
});

describe('enum labels', () => {
  const change = (from: string, to: string) => ({ kind: 'column-type-changed' as const, column: { schema: 'public', table: 'Order', column: 'type' }, from, to });

  it('reads the labels of a rewrite, quoted as SQL quotes them', () => {
    expect(enumLabelsOf(`"Type" AS ENUM ('BUY', 'IT''EM')`)).toEqual(['BUY', "IT'EM"]);
    expect(enumLabelsOf('text')).toBeUndefined();
  });

  it('gives the removed labels; none for a reorder, a widening or a change of another type', () => {
    expect(removedEnumLabels(change(`"Type" AS ENUM ('BUY', 'SELL', 'ITEM')`, `"Type" AS ENUM ('BUY', 'SELL')`))).toEqual(['ITEM']);
    expect(removedEnumLabels(change(`"Type" AS ENUM ('BUY', 'SELL')`, `"Type" AS ENUM ('SELL', 'BUY')`))).toBeUndefined();
    expect(removedEnumLabels(change('character varying(255)', 'text'))).toBeUndefined();
  });

  it('finds a label as a string literal or an enum member, not as part of another word', () => {
    expect(namesEnumLabel(`if (type === 'ITEM') {}`, ['ITEM'])).toBe(true);
    expect(namesEnumLabel('case `ITEM`:', ['ITEM'])).toBe(true);
    expect(namesEnumLabel('Type.ITEM', ['ITEM'])).toBe(true);
    expect(namesEnumLabel(`'ITEMS' + Type.ITEMS + ITEM`, ['ITEM'])).toBe(false);
  });
});
