import type { ColumnChange, ColumnSnapshot, SchemaSnapshot, TableSnapshot } from '@ripple/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser, splitStatements } from '../migrations/split-statements.js';
import { diffSchemas } from './diff-schemas.js';

beforeAll(() => loadSqlParser());

const FILE = 'db/migrations/0002_change.sql';

function column(name: string, position: number, type = 'text', extra: Partial<ColumnSnapshot> = {}): ColumnSnapshot {
  return { name, position, type, nullable: true, ...extra };
}

function table(name: string, columns: readonly ColumnSnapshot[], schema = 'public'): TableSnapshot {
  return { kind: 'table', schema, name, columns };
}

function snapshot(...tables: TableSnapshot[]): SchemaSnapshot {
  return { kind: 'schema-snapshot', schemas: ['public'], tables, views: [], indexes: [], constraints: [], dependencies: [] };
}

function migration(sql: string): Migration {
  return { kind: 'migration', file: FILE, version: '0002', name: 'change', format: 'sql-numbered', up: splitStatements(sql, FILE) };
}

/** Enums as the catalog lists them: `schema.name` or a name of `public`, with their labels in sort order. */
function withEnums(base: SchemaSnapshot, enums: Readonly<Record<string, readonly string[]>>): SchemaSnapshot {
  const list = Object.entries(enums).map(([name, labels]) => {
    const [schema, bare] = name.includes('.') ? name.split('.') : ['public', name];
    return { schema: schema!, name: bare!, labels };
  });
  return { ...base, enums: list };
}

const ROLES = table('members', [column('role', 1, '"Role"'), column('plan', 2, 'billing."Plan"'), column('tiers', 3, '"Tier"[]')]);

const CUSTOMERS = table('customers', [column('id', 1, 'bigint', { nullable: false }), column('email', 2), column('phone', 3)]);

interface DiffCase {
  readonly name: string;
  readonly base: SchemaSnapshot;
  readonly head: SchemaSnapshot;
  readonly sql?: string;
  readonly expected: readonly ColumnChange[];
}

const ref = (tableName: string, name: string) => ({ schema: 'public', table: tableName, column: name });

const CASES: readonly DiffCase[] = [
  {
    name: 'a drop and an add of a compatible type is a probable rename that loses the data',
    base: snapshot(CUSTOMERS),
    head: snapshot(table('customers', [CUSTOMERS.columns[0]!, CUSTOMERS.columns[2]!, column('email_address', 4, 'character varying(255)')])),
    sql: 'ALTER TABLE customers DROP COLUMN email;\nALTER TABLE customers ADD COLUMN email_address varchar(255);',
    expected: [{ kind: 'column-renamed', column: ref('customers', 'email'), newName: 'email_address', how: 'drop-and-add', migration: { file: FILE, line: 1 } }],
  },
  {
    name: 'a drop and an add of an unrelated type stay a drop and an add',
    base: snapshot(CUSTOMERS),
    head: snapshot(table('customers', [CUSTOMERS.columns[0]!, CUSTOMERS.columns[2]!, column('verified', 4, 'boolean', { nullable: false, default: 'false' })])),
    sql: 'ALTER TABLE customers DROP COLUMN email, ADD COLUMN verified boolean NOT NULL DEFAULT false;',
    expected: [
      { kind: 'column-dropped', column: ref('customers', 'email'), type: 'text', migration: { file: FILE, line: 1 } },
      { kind: 'column-added', column: ref('customers', 'verified'), type: 'boolean', nullable: false, default: 'false', migration: { file: FILE, line: 1 } },
    ],
  },
  {
    name: 'a dropped table drops every column',
    base: snapshot(CUSTOMERS, table('legacy', [column('id', 1, 'integer')])),
    head: snapshot(CUSTOMERS),
    sql: '-- gone\nDROP TABLE IF EXISTS public.legacy CASCADE;',
    expected: [{ kind: 'column-dropped', column: ref('legacy', 'id'), type: 'integer', tableDropped: true, migration: { file: FILE, line: 2 } }],
  },
  {
    name: 'a renamed table renames every column, a renamed column too',
    base: snapshot(CUSTOMERS),
    head: snapshot(table('clients', [CUSTOMERS.columns[0]!, column('email_address', 2), CUSTOMERS.columns[2]!])),
    sql: 'ALTER TABLE customers RENAME TO clients;\nALTER TABLE clients RENAME COLUMN email TO email_address;',
    expected: [
      { kind: 'column-renamed', column: ref('customers', 'email'), newName: 'email_address', how: 'rename', newTable: 'clients', migration: { file: FILE, line: 2 } },
      { kind: 'column-renamed', column: ref('customers', 'id'), newName: 'id', how: 'rename', newTable: 'clients', migration: { file: FILE, line: 1 } },
      { kind: 'column-renamed', column: ref('customers', 'phone'), newName: 'phone', how: 'rename', newTable: 'clients', migration: { file: FILE, line: 1 } },
    ],
  },
  {
    name: 'snapshots of two databases (positions disagree with names) match by name and RENAME COLUMN',
    base: snapshot(table('customers', [column('id', 1, 'bigint'), column('old', 2), column('email', 3)])),
    head: snapshot(table('customers', [column('id', 1, 'bigint'), column('mail', 2)])),
    sql: 'ALTER TABLE customers DROP COLUMN old;\nALTER TABLE customers RENAME COLUMN email TO mail;',
    expected: [
      { kind: 'column-renamed', column: ref('customers', 'email'), newName: 'mail', how: 'rename', migration: { file: FILE, line: 2 } },
      { kind: 'column-dropped', column: ref('customers', 'old'), type: 'text', migration: { file: FILE, line: 1 } },
    ],
  },
  {
    name: 'type, nullability and default changes, each at its statement',
    base: snapshot(CUSTOMERS),
    head: snapshot(
      table('customers', [
        CUSTOMERS.columns[0]!,
        column('email', 2, 'character varying(320)', { nullable: false }),
        column('phone', 3, 'text', { default: "''::text" }),
      ]),
    ),
    sql: [
      'ALTER TABLE customers ALTER COLUMN email TYPE varchar(320);',
      'ALTER TABLE customers ALTER COLUMN email SET NOT NULL;',
      "ALTER TABLE customers ALTER COLUMN phone SET DEFAULT '';",
    ].join('\n'),
    expected: [
      { kind: 'column-type-changed', column: ref('customers', 'email'), from: 'text', to: 'character varying(320)', migration: { file: FILE, line: 1 } },
      { kind: 'column-nullability-changed', column: ref('customers', 'email'), nullable: false, migration: { file: FILE, line: 2 } },
      { kind: 'column-default-changed', column: ref('customers', 'phone'), to: "''::text", migration: { file: FILE, line: 3 } },
    ],
  },
  {
    name: 'an enum type that keeps its name but loses or reorders labels changes type; one that only gains labels does not',
    base: withEnums(snapshot(ROLES), { Role: ['admin', 'user', 'guest'], 'billing.Plan': ['free', 'pro'], Tier: ['low', 'high'] }),
    head: withEnums(snapshot(ROLES), { Role: ['admin', 'user'], 'billing.Plan': ['free', 'team', 'pro'], Tier: ['high', 'low'] }),
    sql: 'ALTER TABLE members ALTER COLUMN role TYPE "Role_new" USING (role::text::"Role_new");',
    expected: [
      {
        kind: 'column-type-changed',
        column: ref('members', 'role'),
        from: `"Role" AS ENUM ('admin', 'user', 'guest')`,
        to: `"Role" AS ENUM ('admin', 'user')`,
        migration: { file: FILE, line: 1 },
      },
      { kind: 'column-type-changed', column: ref('members', 'tiers'), from: `"Tier"[] AS ENUM ('low', 'high')`, to: `"Tier"[] AS ENUM ('high', 'low')` },
    ],
  },
  {
    name: 'new tables are not reported; identical snapshots give nothing',
    base: snapshot(CUSTOMERS),
    head: snapshot(CUSTOMERS, table('orders', [column('id', 1, 'bigint')])),
    expected: [],
  },
];

describe('diffSchemas', () => {
  it.each(CASES)('$name', ({ base, head, sql, expected }) => {
    expect(diffSchemas(base, head, sql !== undefined ? { migrations: [migration(sql)] } : {})).toEqual(expected);
  });
});
