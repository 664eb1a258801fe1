import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';
import { enumLabelsOf, enumTypeNameOf, namesEnumLabel, removedEnumLabels } from '../src/join/enum-labels.js';

const scenario = resolve(import.meta.dirname, '../../../fixtures/enum-value-removed');

describe('an enum that loses a label (two trees)', () => {
  it('has as code consumers only the files that name the removed label, in either tree, and the declaration, with or without a flow from the column', async () => {
    const report = await analyseRepository({
      repo: resolve(scenario, 'head'),
      trees: { kind: 'dirs', baseDir: resolve(scenario, 'base'), headDir: resolve(scenario, 'head') },
      progress: () => {},
    });
    const change = report.changes.find((candidate) => candidate.id === 'column-type-changed:public.Order.type');
    expect(change?.consumers.map((consumer) => `${consumer.file}:${consumer.line} ${consumer.access}${consumer.status ? ` ${consumer.status}` : ''}`)).toEqual([
      'prisma/schema.prisma:13 definition',
      // Named without a flow from the column: `OrderType.ITEM`, a `case 'ITEM'` in `switch (type)`. The head changed both.
      'src/holdings.ts:4 read handled',
      // The base compared rows' `type` with 'ITEM' and mapped them to it: the change had to touch it. Not
      // portfolio.service.ts, which reads 'BUY'; not activity-tabs.ts, whose 'ITEM' is a tab's.
      'src/import.service.ts:5 filter handled',
      'src/import.service.ts:6 write',
      'src/order-badge.tsx:6 filter handled',
    ]);
  });
});

describe('enum labels', () => {
  const change = (from: string, to: string) => ({ kind: 'column-type-changed' as const, column: { schema: 'public', table: 'Order', column: 'type' }, from, to });

  it('reads the labels of a rewrite, quoted as SQL quotes them', () => {
    expect(enumLabelsOf(`"Type" AS ENUM ('BUY', 'IT''EM')`)).toEqual(['BUY', "IT'EM"]);
    expect(enumLabelsOf('text')).toBeUndefined();
  });

  it("names the type as code may: the last part, unquoted, without the array's brackets", () => {
    expect(enumTypeNameOf(`"SpaceMemberRole" AS ENUM ('ADMIN')`)).toBe('SpaceMemberRole');
    expect(enumTypeNameOf(`"MonitorSeverity"[] AS ENUM ('OK')`)).toBe('MonitorSeverity');
    expect(enumTypeNameOf(`billing.poll_status AS ENUM ('live')`)).toBe('poll_status');
    expect(enumTypeNameOf('text')).toBeUndefined();
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
