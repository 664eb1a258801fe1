import type { ColumnSnapshot, Diagnostic, SchemaSnapshot, TableSnapshot, Usage } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { buildSystemMap } from '../src/map/build-system-map.js';
import { diffSystemMaps } from '../src/map/diff-system-maps.js';

const column = (name: string, position: number, type = 'text'): ColumnSnapshot => ({ name, position, type, nullable: true });
const table = (name: string, columns: readonly string[]): TableSnapshot => ({ kind: 'table', schema: 'public', name, columns: columns.map((col, index) => column(col, index + 1)) });

const schema: SchemaSnapshot = {
  kind: 'schema-snapshot',
  schemas: ['public'],
  tables: [table('accounts', ['id', 'email', 'legacy_flag', 'nickname']), table('sessions', ['id', 'account_id', 'token', 'user_agent']), table('audit_log', ['id', 'payload'])],
  views: [],
  indexes: [],
  constraints: [
    { kind: 'foreign-key', schema: 'public', table: 'sessions', name: 'sessions_account_id_fkey', columns: ['account_id'], definition: '', references: { schema: 'public', table: 'accounts', columns: ['id'] } },
  ],
  dependencies: [
    { schema: 'public', table: 'audit_log', column: 'payload', object: { kind: 'view', schema: 'public', name: 'audit_view' }, source: 'pg_depend' },
    { schema: 'public', table: 'audit_log', column: 'id', object: { kind: 'index', schema: 'public', name: 'audit_log_pkey' }, source: 'pg_depend' },
  ],
};

const usage = (service: string, file: string, line: number, ref: string, access: Usage['access']): Usage => {
  const [tableName, columnName] = ref.split('.') as [string, string];
  return { kind: 'usage', column: { schema: 'public', table: tableName, column: columnName }, service, serviceKind: 'service', location: { file, line }, access, adapter: 'raw-sql' };
};

const usages: readonly Usage[] = [
  usage('api', 'api/src/accounts.ts', 3, 'accounts.id', 'read'),
  usage('api', 'api/src/accounts.ts', 4, 'accounts.email', 'write'),
  usage('api', 'api/test/accounts.test.ts', 9, 'accounts.nickname', 'write'),
  usage('worker', 'worker/src/sessions.ts', 5, 'sessions.id', 'read'),
  usage('worker', 'worker/src/sessions.ts', 6, 'sessions.account_id', 'write'),
  usage('worker', 'worker/src/accounts.ts', 7, 'accounts.email', 'read'),
  usage('worker', 'worker/src/sessions.ts', 8, 'sessions.expired_at', 'filter'),
  usage('worker', 'worker/src/ghosts.ts', 2, 'ghosts.name', 'read'),
  usage('worker', 'worker/src/migrate.ts', 4, '_prisma_migrations.finished_at', 'read'),
  // A schema package declaring the model and a types package mirroring it by name are no runtime users.
  usage('schema', 'schema/prisma/schema.prisma', 3, 'sessions.token', 'definition'),
  { ...usage('types', 'types/src/session.ts', 5, 'sessions.id', 'read'), confidence: 'name-match' },
];
const dynamic: Diagnostic = { kind: 'diagnostic', code: 'sql/dynamic', message: 'a query built at run time', location: { file: 'worker/src/sessions.ts', line: 12 } };
const services = [
  { name: 'api', dir: 'api', kind: 'service' as const },
  { name: 'schema', dir: 'schema', kind: 'service' as const },
  { name: 'types', dir: 'types', kind: 'service' as const },
  { name: 'worker', dir: 'worker', kind: 'service' as const },
];

describe('buildSystemMap', () => {
  const map = buildSystemMap({ schema, services, usages, apiFields: [], diagnostics: [dynamic], schemaSource: 'test schema' });

  it('lists dead-column candidates with the confidence their evidence gives', () => {
    expect(map.deadColumns.map((dead) => [`${dead.table}.${dead.column}`, dead.confidence])).toEqual([
      ['public.accounts.legacy_flag', 'high'],
      ['public.accounts.nickname', 'medium'],
      ['public.audit_log.id', 'low'],
      ['public.sessions.user_agent', 'medium'],
    ]);
    expect(map.deadColumns.find((dead) => dead.column === 'user_agent')!.unreadFiles).toEqual(['worker/src/sessions.ts']);
    const nickname = map.deadColumns.find((dead) => dead.column === 'nickname')!;
    expect(nickname.reasons.join('\n')).toContain('used only in test, fixture or seed files: api/test/accounts.test.ts');
    // sessions.token is declared by the schema package: an ORM model mapping it reads it.
    expect(map.deadColumns.some((dead) => dead.column === 'token')).toBe(false);
    expect(map.deadColumns.find((dead) => dead.table === 'public.audit_log')!.dbObjects).toEqual(['index public.audit_log_pkey']);
  });

  it('keeps a column a view reads, and one a foreign key references lowers confidence only', () => {
    expect(map.deadColumns.some((dead) => dead.column === 'payload')).toBe(false);
    expect(map.tables.find((entry) => entry.table === 'public.audit_log')!.columns.find((entry) => entry.column === 'payload')!.dbObjects).toEqual(['view public.audit_view']);
  });

  it('lists drift: columns and tables code uses that the schema lacks', () => {
    expect(map.drift.map((drift) => [`${drift.table}.${drift.column}`, drift.kind, drift.consumers.map((consumer) => `${consumer.file}:${consumer.line}`)])).toEqual([
      ['public.ghosts.name', 'table-missing', ['worker/src/ghosts.ts:2']],
      ['public.sessions.expired_at', 'column-missing', ['worker/src/sessions.ts:8']],
    ]);
    expect(map.tables.map((entry) => entry.table)).toEqual(['public._prisma_migrations', 'public.accounts', 'public.audit_log', 'public.ghosts', 'public.sessions']);
    expect(map.tables.find((entry) => entry.table === 'public.sessions')!.services).toEqual(['schema', 'types', 'worker']);
  });

  it('finds the shared table and the column one service writes and another reads', () => {
    expect(map.sharedTables).toEqual([
      { table: 'public.accounts', services: ['api', 'worker'], writers: ['api'], readers: ['api', 'worker'], handoffs: [{ column: 'email', writers: ['api'], readers: ['worker'] }] },
    ]);
  });

  it('diffs two maps into the coupling added and removed', () => {
    const head = buildSystemMap({
      schema,
      services,
      usages: [...usages.filter((entry) => entry.location.file !== 'worker/src/ghosts.ts'), usage('api', 'api/src/sessions.ts', 1, 'sessions.token', 'read'), usage('api', 'api/src/accounts.ts', 9, 'accounts.legacy_flag', 'read')],
      apiFields: [],
      diagnostics: [],
      schemaSource: 'test schema',
    });
    const diff = diffSystemMaps(map, head);
    expect(diff.tableUsers).toEqual([
      { change: 'removed', table: 'public.ghosts', service: 'worker' },
      { change: 'added', table: 'public.sessions', service: 'api' },
    ]);
    expect(diff.columnAccess).toEqual([
      { table: 'public.accounts', column: 'legacy_flag', service: 'api', added: ['read'], removed: [] },
      { table: 'public.ghosts', column: 'name', service: 'worker', added: [], removed: ['read'] },
      { table: 'public.sessions', column: 'token', service: 'api', added: ['read'], removed: [] },
    ]);
    expect(diff.sharedTables).toEqual({ added: ['public.sessions'], removed: [] });
    expect(diff.deadColumns).toEqual({ added: [], removed: ['public.accounts.legacy_flag'] });
    expect(diff.drift).toEqual({ added: [], removed: ['public.ghosts.name'] });
  });
});
