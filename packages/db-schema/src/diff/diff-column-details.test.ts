import type { ColumnDetailChange, SchemaSnapshot } from '@ripple/model';
import { loadSqlParser, splitStatements } from '../migrations/split-statements.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import type { Migration } from '../migrations/migration.js';
import { diffColumnDetails } from './diff-column-details.js';

const DIR = 'fixtures/column-details/migrations';
const FILE = `${DIR}/0002_tighten_customers.sql`;

describe('diffColumnDetails on fixtures/column-details (PGlite)', () => {
  let migrations: readonly Migration[];
  let result: Awaited<ReturnType<typeof snapshotBeforeAndAfter>>;

  beforeAll(async () => {
    migrations = await loadMigrations(PACKAGE_ROOT, DIR);
    result = await snapshotBeforeAndAfter(migrations.slice(0, 1), migrations.slice(1), { cacheFile: TEST_CACHE_FILE });
  });

  it('lists identity, generation, constraint and index changes per column, each at its statement', () => {
    expect(diffColumnDetails(result.base, result.head, { migrations: migrations.slice(1) })).toEqual(EXPECTED);
  });

  it('finds the same changes without the migrations, unlocated', () => {
    expect(diffColumnDetails(result.base, result.head)).toEqual(EXPECTED.map(({ migration: _, ...change }) => change));
  });

  it('reports nothing for a snapshot against itself', () => {
    expect(diffColumnDetails(result.head, result.head)).toEqual([]);
  });
});

const column = (name: string) => ({ schema: 'public', table: 'customers', column: name });
const at = (line: number) => ({ migration: { file: FILE, line } });
const NAME_IDX = { schema: 'public', name: 'customers_name_idx', unique: true };
const NAME_IDX_DEF = 'CREATE UNIQUE INDEX customers_name_idx ON public.customers USING btree (last_name, first_name)';

/** email is only renamed: its UNIQUE constraint and lower(email) index follow it, and customers_last_name_idx is only renamed. */
const EXPECTED: readonly ColumnDetailChange[] = [
  {
    kind: 'column-constraint-changed',
    column: column('age'),
    change: 'changed',
    constraint: { kind: 'check', name: 'customers_age_check' },
    from: 'CHECK (age >= 0)',
    to: 'CHECK (age >= 0 AND age <= 150)',
    ...at(9),
  },
  { kind: 'column-index-changed', column: column('first_name'), change: 'added', index: NAME_IDX, to: NAME_IDX_DEF, ...at(14) },
  {
    kind: 'column-generated-changed',
    column: column('full_name'),
    from: { kind: 'stored', expression: "((first_name || ' '::text) || last_name)" },
    to: { kind: 'stored', expression: "((last_name || ', '::text) || first_name)" },
    ...at(6),
  },
  { kind: 'column-identity-changed', column: column('id'), from: 'by-default', to: 'always', ...at(2) },
  { kind: 'column-index-changed', column: column('last_name'), change: 'added', index: NAME_IDX, to: NAME_IDX_DEF, ...at(14) },
  { kind: 'column-identity-changed', column: column('legacy_id'), to: 'by-default', ...at(5) },
  {
    kind: 'column-constraint-changed',
    column: column('legacy_id'),
    change: 'dropped',
    constraint: { kind: 'unique', name: 'customers_legacy_id_key' },
    from: 'UNIQUE (legacy_id)',
    ...at(3),
  },
  {
    kind: 'column-index-changed',
    column: column('legacy_id'),
    change: 'dropped',
    index: { schema: 'public', name: 'customers_legacy_id_key', unique: true },
    from: 'CREATE UNIQUE INDEX customers_legacy_id_key ON public.customers USING btree (legacy_id)',
    ...at(3),
  },
  {
    kind: 'column-constraint-changed',
    column: column('tier'),
    change: 'added',
    constraint: { kind: 'check', name: 'customers_tier_check' },
    to: "CHECK (tier = ANY (ARRAY['free'::text, 'pro'::text]))",
    ...at(10),
  },
  {
    kind: 'column-index-changed',
    column: column('tier'),
    change: 'changed',
    index: { schema: 'public', name: 'customers_tier_idx', unique: false },
    from: "CREATE INDEX customers_tier_idx ON public.customers USING btree (tier) WHERE (tier <> 'free'::text)",
    to: "CREATE INDEX customers_tier_idx ON public.customers USING btree (tier) WHERE (tier <> ALL (ARRAY['free'::text, 'trial'::text]))",
    ...at(12),
  },
];

describe('diffColumnDetails on a renamed table', () => {
  beforeAll(() => loadSqlParser());

  const snapshot = (table: string, email: string, keys: string): SchemaSnapshot => ({
    kind: 'schema-snapshot',
    schemas: ['public'],
    tables: [
      {
        kind: 'table',
        schema: 'public',
        name: table,
        columns: [
          { name: 'id', position: 1, type: 'bigint', nullable: false },
          { name: email, position: 2, type: 'text', nullable: false },
        ],
      },
    ],
    views: [],
    indexes: [
      {
        schema: 'public',
        name: 'customers_email_idx',
        table,
        unique: false,
        method: 'btree',
        columns: keys.split(', '),
        definition: `CREATE INDEX customers_email_idx ON public.${table} USING btree (${keys})`,
      },
    ],
    constraints: [],
    dependencies: [],
  });

  const renames = (): { migrations: Migration[] } => {
    const file = 'db/0002_clients.sql';
    const sql = 'ALTER TABLE customers RENAME TO clients;\nALTER TABLE clients RENAME COLUMN email TO mail;';
    return { migrations: [{ kind: 'migration', file, version: '0002', name: 'clients', format: 'sql-numbered', up: splitStatements(sql, file) }] };
  };

  it('maps the head names of the table and its columns back: a rename alone changes no index', () => {
    const base = snapshot('customers', 'email', 'email');
    expect(diffColumnDetails(base, snapshot('clients', 'mail', 'mail'), renames())).toEqual([]);
    expect(diffColumnDetails(base, snapshot('customers', 'email', 'email, id'))).toHaveLength(2);
  });

  it('reports an index that gained a key column on every column it involves', () => {
    const index = { schema: 'public', name: 'customers_email_idx', unique: false };
    const from = 'CREATE INDEX customers_email_idx ON public.customers USING btree (email)';
    const to = 'CREATE INDEX customers_email_idx ON public.clients USING btree (mail, id)';
    expect(diffColumnDetails(snapshot('customers', 'email', 'email'), snapshot('clients', 'mail', 'mail, id'), renames())).toEqual([
      { kind: 'column-index-changed', column: { schema: 'public', table: 'customers', column: 'email' }, change: 'changed', index, from, to },
      { kind: 'column-index-changed', column: { schema: 'public', table: 'customers', column: 'id' }, change: 'changed', index, from, to },
    ]);
  });
});
