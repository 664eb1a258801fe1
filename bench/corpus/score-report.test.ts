import { describe, expect, it } from 'vitest';
import type { CorpusItem } from './corpus-item.js';
import { scoreReport } from './score-report.js';

const item: CorpusItem = {
  id: 'shop-0123456789', repo: 'acme/shop', orm: 'Prisma', commit: 'c', parent: 'p', subject: 's', date: '2026-01-01', config: 'shop.json',
  migrations: ['prisma/migrations/1_drop/migration.sql'],
  changes: [{ table: 'User', column: 'email', kind: 'drop', migration: 'prisma/migrations/1_drop/migration.sql', via: 'sql' }],
  type: 'positive',
  truth: [
    { file: 'prisma/schema.prisma', class: 'model', mentionsColumn: true },
    { file: 'src/user.service.ts', class: 'service', mentionsColumn: true },
    { file: 'src/user.tsx', class: 'ui', mentionsColumn: false },
  ],
  excluded: [],
};

const report = {
  changes: [
    {
      kind: 'column-dropped', table: 'public.User', column: 'email',
      consumers: [
        { kind: 'db-object' },
        { kind: 'code', file: 'prisma/schema.prisma', status: 'forgotten' },
        { kind: 'code', file: 'src/user.service.ts', status: 'handled' },
        { kind: 'code', file: 'src/mailer.ts', status: 'forgotten' },
      ],
    },
    { kind: 'column-dropped', table: 'public.Order', column: 'note', consumers: [{ kind: 'code', file: 'src/order.ts', status: 'forgotten' }] },
  ],
  diagnostics: [{ code: 'sql/dynamic' }],
};

describe('scoreReport', () => {
  it("a builder's restated column (Sequelize changeColumn) matches its nullability, default or constraint change, not a drop's", () => {
    const restated: CorpusItem = { ...item, changes: [{ table: 'Tiers', column: 'EventId', kind: 'retype', migration: 'migrations/1.js', via: 'builder' }] };
    const change = (kind: string) => ({ kind, table: 'public.Tiers', column: 'EventId', consumers: [{ kind: 'code', file: 'src/user.service.ts' }] });
    expect(scoreReport(restated, 'real', { changes: [change('column-constraint-changed')] }).changesFound).toEqual(['tiers.EventId']);
    expect(scoreReport(restated, 'real', { changes: [change('column-default-changed')] }).changesFound).toEqual(['tiers.EventId']);
    expect(scoreReport({ ...restated, changes: [{ ...restated.changes[0]!, via: 'sql' }] }, 'real', { changes: [change('column-constraint-changed')] }).changesFound).toEqual([]);
  });

  it('a truth file the commit renamed is found by its base path, once, and that path is no extra', () => {
    const moved: CorpusItem = { ...item, truth: [...item.truth.slice(0, 2), { file: 'src/user.tsx', class: 'ui', mentionsColumn: false, renamedFrom: 'src/old/user.tsx' }] };
    const score = scoreReport(moved, 'real', {
      changes: [{ kind: 'column-dropped', table: 'public.User', column: 'email', consumers: [{ kind: 'code', file: 'src/old/user.tsx', status: 'handled' }, { kind: 'code', file: 'src/user.tsx', status: 'forgotten' }] }],
    });
    expect(score).toMatchObject({ found: ['src/user.tsx'], reported: ['src/user.tsx'], extra: [], precision: 1 });
  });

  it('real mode: every code consumer of the item’s changes counts, db objects and other changes do not', () => {
    const score = scoreReport(item, 'real', report);
    expect(score).toMatchObject({
      changesFound: ['user.email'], changesMissed: [], found: ['prisma/schema.prisma', 'src/user.service.ts'], missed: ['src/user.tsx'],
      reported: ['prisma/schema.prisma', 'src/mailer.ts', 'src/user.service.ts'], extra: ['src/mailer.ts'], recall: 2 / 3, precision: 2 / 3, traps: 0,
      truthMentioning: 2, foundMentioning: 2, byClass: { model: { found: 1, total: 1 }, service: { found: 1, total: 1 }, ui: { found: 0, total: 1 } },
      diagnosticCodes: { 'sql/dynamic': 1 },
    });
  });

  it('a table renamed in the same migration: its columns match the labels by the new name, as the report gives it', () => {
    const renamedTable: CorpusItem = {
      ...item,
      changes: [
        { table: 'PaymentMethods', column: 'GroupId', kind: 'drop', migration: 'migrations/1-rename-card.js', via: 'builder' },
        { table: 'PaymentMethods', column: 'serviceId', kind: 'rename', to: 'customerId', migration: 'migrations/1-rename-card.js', via: 'builder' },
      ],
      truth: [{ file: 'app/controllers/payments.js', class: 'service', mentionsColumn: true }],
    };
    const consumers = [{ kind: 'code', file: 'app/controllers/payments.js' }];
    const changes = [
      { kind: 'column-dropped', table: 'public.Cards', column: 'GroupId', consumers },
      { kind: 'column-renamed', table: 'public.Cards', column: 'serviceId', newTable: 'PaymentMethods', consumers },
      { kind: 'column-renamed', table: 'public.Cards', column: 'token', newTable: 'PaymentMethods', consumers: [{ kind: 'code', file: 'app/models/Card.js' }] },
    ];
    expect(scoreReport(renamedTable, 'real', { changes })).toMatchObject({
      changesFound: ['paymentmethods.GroupId', 'paymentmethods.serviceId'], changesMissed: [], found: ['app/controllers/payments.js'], reported: ['app/controllers/payments.js'],
    });
    expect(scoreReport(renamedTable, 'real', { changes: changes.slice(0, 1) })).toMatchObject({ changesFound: [], changesMissed: ['paymentmethods.groupid', 'paymentmethods.serviceid'] });
  });

  it('an edit of a table the miner could not read matches that column of any table, and only that column', () => {
    const interpolated: CorpusItem = { ...item, changes: [{ ...item.changes[0]!, table: 'interpolated_table', column: 'EMAIL' }] };
    const score = scoreReport(interpolated, 'real', report);
    expect(score.changesFound).toEqual(['user.email']);
    expect(score.changesMissed).toEqual([]);
    expect(score.reported).toEqual(['prisma/schema.prisma', 'src/mailer.ts', 'src/user.service.ts']);
    const other = scoreReport({ ...interpolated, changes: [{ ...item.changes[0]!, table: 'interpolated_table', column: 'phone' }] }, 'real', report);
    expect([other.changesFound, other.changesMissed, other.reported]).toEqual([[], ['interpolated_table.phone'], []]);
  });

  it('forgotten mode: a consumer of a drop counts only when flagged forgotten', () => {
    expect(scoreReport(item, 'forgotten', report)).toMatchObject({ found: ['prisma/schema.prisma'], reported: ['prisma/schema.prisma', 'src/mailer.ts'] });
  });

  it('a negative has no recall or precision, only traps in real mode', () => {
    const negative: CorpusItem = { ...item, type: 'negative' };
    const real = scoreReport(negative, 'real', report);
    expect([real.recall, real.precision, real.traps]).toEqual([undefined, undefined, 2]);
    expect(scoreReport(negative, 'forgotten', report).traps).toBe(0);
  });
});
