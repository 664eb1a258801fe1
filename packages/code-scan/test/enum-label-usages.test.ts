import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEnumLabelUsages } from '../src/enums/find-enum-label-usages.js';
import { enumLabelSitesOf } from '../src/enums/enum-label-sites.js';

const fixture = resolve(import.meta.dirname, '../fixtures/code/prisma/enum-label-sites');
const role = { schema: 'public', table: 'space_members', column: 'role' };
const status = { schema: 'public', table: 'polls', column: 'status' };

describe('code naming the labels an enum loses', () => {
  it('enum-label-sites: schemas, unions, switches, comparisons, members and tabs that spell a removed label; not the same words held by other names', async () => {
    const usages = await findEnumLabelUsages({
      root: fixture,
      services: [{ name: 'web', dir: '.', kind: 'service' }],
      columns: [
        { column: role, type: 'SpaceMemberRole', labels: ['ADMIN', 'MEMBER', 'OWNER'], removed: ['OWNER'] },
        { column: status, type: 'poll_status', labels: ['live', 'paused', 'finalized'], removed: ['live', 'paused', 'finalized'] },
      ],
    });
    expect(usages.map((usage) => `${usage.location.file}:${usage.location.line} ${usage.column.table}.${usage.column.column} ${usage.access} ${usage.symbol} ${usage.confidence}`)).toEqual([
      // `type SpaceRole = 'member' | 'owner' | 'admin'`, then `case 'owner':` in `switch (role)`.
      'src/ability.ts:1 space_members.role read SpaceMemberRole.OWNER name-match',
      'src/ability.ts:5 space_members.role filter SpaceMemberRole.OWNER name-match',
      // `statusSchema = pollStatusSchema.optional().catch('live').default('live')`: a schema of the status falling back to a removed label.
      'src/dashboard-schema.ts:5 polls.status write PollStatus.live name-match',
      // Three of the status's labels in a file that names `status`: the tabs.
      'src/polls-tabs.tsx:4 polls.status read PollStatus.live name-match',
      'src/role-utils.ts:4 space_members.role filter SpaceMemberRole.OWNER name-match',
      'src/role-utils.ts:7 space_members.role read SpaceMemberRole.OWNER name-match',
      // `spaceMemberRoleSchema = z.enum([...])`, `role: z.enum([...]).optional().catch('all')`.
      'src/space-schema.ts:3 space_members.role read SpaceMemberRole.OWNER name-match',
      'src/space-schema.ts:8 space_members.role read SpaceMemberRole.OWNER name-match',
    ]);
    expect(usages.every((usage) => usage.adapter === 'enum-label' && usage.service === 'web')).toBe(true);
  });

  it("enum-label-mirrors: a project's enum valued as the database's labels and named after the column; its members that stand for removed labels, wherever used", async () => {
    const usages = await findEnumLabelUsages({
      root: resolve(import.meta.dirname, '../fixtures/code/typeorm/enum-label-mirrors'),
      services: [{ name: 'polls-api', dir: '.', kind: 'service' }],
      columns: [{ column: status, type: 'poll_status_enum', labels: ['live', 'paused', 'finalized'], removed: ['live', 'paused'] }],
    });
    expect(usages.map((usage) => `${usage.location.file}:${usage.location.line} ${usage.access} ${usage.symbol}`)).toEqual([
      // `PollStatus.PAUSED`; not `PollStatus.FINALIZED`, which stays.
      'src/polls/poll-badge.ts:5 read PollStatusEnum.paused',
      // The declaration, at its first member that stands for a removed label.
      'src/polls/poll-status.enum.ts:2 read PollStatusEnum.live',
      // `default: PollStatus.LIVE`.
      'src/polls/poll.entity.ts:9 read PollStatusEnum.live',
    ]);
  });

  it('parses a file only when it spells a removed label, and finds nothing in one that does not', () => {
    const query = { typeNames: ['Role'], columnNames: ['role'], labels: ['ADMIN', 'OWNER'], removed: ['OWNER'] };
    expect(enumLabelSitesOf('a.ts', `export const role = 'ADMIN';`, query)).toEqual([]);
    expect(enumLabelSitesOf('a.ts', `if (user.role === 'owner') grant();`, query)).toEqual([{ line: 1, label: 'OWNER', how: 'compared' }]);
    expect(enumLabelSitesOf('a.ts', `expect(row.role).toBe('OWNER');\nconst seed = { role: 'OWNER' };`, query)).toEqual([
      { line: 1, label: 'OWNER', how: 'compared' },
      { line: 2, label: 'OWNER', how: 'assigned' },
    ]);
    // A label alone, neither compared with the column nor listed with another: another meaning of the word.
    expect(enumLabelSitesOf('a.ts', `log('OWNER'); const x = Other.OWNER;`, query)).toEqual([]);
  });

  it('walks a 10,000-term concatenation without recursion, and leaves a file nested beyond the parser to the scan (code/unparseable)', () => {
    const query = { typeNames: ['Role'], columnNames: ['role'], labels: ['ADMIN', 'OWNER'], removed: ['OWNER'] };
    const long = `const role = ${Array.from({ length: 10_000 }, () => "'OWNER'").join(' + ')};`;
    expect(enumLabelSitesOf('a.ts', long, query)).toEqual([]);
    const deep = `const roles = ${'['.repeat(6_000)}'OWNER', 'ADMIN'${']'.repeat(6_000)};`;
    expect(enumLabelSitesOf('a.ts', deep, query)).toEqual([]);
  });
});
