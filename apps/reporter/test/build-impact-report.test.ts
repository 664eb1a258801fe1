import type { ApiChange, ColumnChange, ColumnDetailChange, SchemaSnapshot, Usage } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { buildImpactReport, type ImpactInputs } from '../src/join/build-impact-report.js';

const baseSchema: SchemaSnapshot = {
  kind: 'schema-snapshot',
  schemas: ['public'],
  tables: [],
  views: [],
  indexes: [],
  constraints: [],
  dependencies: [
    { schema: 'public', table: 'users', column: 'email', object: { kind: 'view', schema: 'public', name: 'user_emails' }, source: 'pg_depend' },
    { schema: 'public', table: 'users', column: 'email', object: { kind: 'function', schema: 'public', name: 'user_by_email' }, source: 'function-body' },
    { schema: 'public', table: 'accounts', column: 'email', object: { kind: 'view', schema: 'public', name: 'account_emails' }, source: 'pg_depend' },
  ],
};

function usage(table: string, column: string, file: string, line: number, overrides: Partial<Usage> = {}): Usage {
  return {
    kind: 'usage',
    column: { schema: 'public', table, column },
    service: 'api',
    serviceKind: 'service',
    location: { file, line },
    access: 'read',
    adapter: 'raw-sql',
    ...overrides,
  };
}

function inputs(changes: readonly (ColumnChange | ColumnDetailChange)[], usages: readonly Usage[] = []): ImpactInputs {
  return { changes, baseSchema, usages, apiFields: [], apiChanges: [], findings: [], diagnostics: [] };
}

const renamed: ColumnChange = {
  kind: 'column-renamed',
  column: { schema: 'public', table: 'users', column: 'email' },
  newName: 'email_address',
  how: 'rename',
  migration: { file: 'db/0002.sql', line: 1 },
};

describe('buildImpactReport', () => {
  it('joins constraint, index and identity changes of a column like column changes, one id per object', () => {
    const column = { schema: 'public', table: 'users', column: 'email' };
    const report = buildImpactReport(
      inputs(
        [
          { kind: 'column-constraint-changed', column, change: 'added', constraint: { kind: 'unique', name: 'users_email_key' }, to: 'UNIQUE (email)', migration: { file: 'db/0003.sql', line: 2 } },
          { kind: 'column-constraint-changed', column, change: 'dropped', constraint: { kind: 'check', name: 'users_email_check' }, from: 'CHECK ((email <> \'\'::text))' },
          { kind: 'column-index-changed', column, change: 'added', index: { schema: 'public', name: 'users_email_idx', unique: false }, to: 'CREATE INDEX users_email_idx ON public.users USING btree (email)' },
          { kind: 'column-identity-changed', column: { schema: 'public', table: 'users', column: 'id' }, to: 'always' },
        ],
        [usage('users', 'email', 'svc/a.ts', 3, { access: 'write', symbol: 'save' }), usage('users', 'id', 'svc/a.ts', 4, { access: 'write', symbol: 'save' })],
      ),
    );
    expect(report.changes.map((change) => [change.id, change.severity, change.summary, change.consumers.length])).toEqual([
      // A dropped check and a plain index break no writer: only the view and the function are their consumers.
      ['column-constraint-changed:public.users.email:users_email_check', 'info', 'check constraint users_email_check dropped', 2],
      ['column-constraint-changed:public.users.email:users_email_key', 'warning', 'unique constraint users_email_key added: UNIQUE (email)', 3],
      ['column-index-changed:public.users.email:users_email_idx', 'info', 'index public.users_email_idx added', 2],
      ['column-identity-changed:public.users.id', 'warning', 'identity added: generated always', 1],
    ]);
  });

  it('a primary key added on columns: only their writers are consumers, not every read, filter and order', () => {
    const column = (name: string) => ({ schema: 'public', table: 'memberships', column: name });
    const pk = (name: string): ColumnDetailChange => ({ kind: 'column-constraint-changed', column: column(name), change: 'added', constraint: { kind: 'primary-key', name: 'memberships_pkey' }, to: 'PRIMARY KEY (org_id, user_id)' });
    const report = buildImpactReport(
      inputs(
        [pk('org_id'), pk('user_id')],
        [
          usage('memberships', 'org_id', 'svc/members.ts', 3, { access: 'filter', symbol: 'list' }),
          usage('memberships', 'org_id', 'svc/members.ts', 4, { access: 'order', symbol: 'list' }),
          usage('memberships', 'user_id', 'svc/members.ts', 5, { access: 'read', symbol: 'list' }),
          usage('memberships', 'org_id', 'svc/members.ts', 9, { access: 'write', symbol: 'join' }),
          usage('memberships', 'user_id', 'svc/members.ts', 9, { access: 'write', symbol: 'join' }),
          usage('memberships', 'user_id', 'svc/member.entity.ts', 2, { access: 'definition', adapter: 'typeorm', symbol: 'Membership.userId' }),
        ],
      ),
    );
    expect(report.changes.map((change) => [change.id, change.severity, change.consumers.map((c) => `${c.file}:${c.line} ${c.access}`)])).toEqual([
      ['column-constraint-changed:public.memberships.org_id:memberships_pkey', 'warning', ['svc/members.ts:9 write']],
      ['column-constraint-changed:public.memberships.user_id:memberships_pkey', 'warning', ['svc/members.ts:9 write']],
    ]);
  });

  it('a unique constraint or index the base already enforces on the same columns breaks no writer', () => {
    const column = { schema: 'public', table: 'users', column: 'email' };
    const existing: SchemaSnapshot = {
      ...baseSchema,
      constraints: [{ kind: 'unique', schema: 'public', table: 'users', name: 'users_email_key', columns: ['email'], definition: 'UNIQUE (email)' }],
      indexes: [{ schema: 'public', name: 'users_org_email_idx', table: 'users', unique: true, method: 'btree', columns: ['org_id', 'email'], definition: 'CREATE UNIQUE INDEX users_org_email_idx ON public.users USING btree (org_id, email)' }],
    };
    const constraint = (name: string, to: string): ColumnDetailChange => ({ kind: 'column-constraint-changed', column, change: 'added', constraint: { kind: 'unique', name }, to });
    const report = buildImpactReport({
      ...inputs(
        [
          constraint('users_email_key1', 'UNIQUE (email)'),
          constraint('users_email_org_key', 'UNIQUE (email, org_id)'),
          constraint('users_email_name_key', 'UNIQUE (email, name)'),
          { kind: 'column-index-changed', column, change: 'added', index: { schema: 'public', name: 'users_email_idx', unique: true }, to: 'CREATE UNIQUE INDEX users_email_idx ON public.users USING btree (email)' },
          { kind: 'column-index-changed', column, change: 'added', index: { schema: 'public', name: 'users_lower_email_idx', unique: true }, to: 'CREATE UNIQUE INDEX users_lower_email_idx ON public.users USING btree (lower(email))' },
        ],
        [usage('users', 'email', 'svc/a.ts', 3, { access: 'write', symbol: 'save' })],
      ),
      baseSchema: existing,
    });
    expect(report.changes.map((change) => [change.id, change.consumers.filter((c) => c.kind === 'code').map((c) => `${c.file}:${c.line} ${c.access}`)])).toEqual([
      // The same column set as users_email_key or users_org_email_idx, in any order: a duplicate.
      ['column-constraint-changed:public.users.email:users_email_key1', []],
      ['column-constraint-changed:public.users.email:users_email_name_key', ['svc/a.ts:3 write']],
      ['column-constraint-changed:public.users.email:users_email_org_key', []],
      ['column-index-changed:public.users.email:users_email_idx', []],
      // An expression is another rule (two spellings of one address collide now).
      ['column-index-changed:public.users.email:users_lower_email_idx', ['svc/a.ts:3 write']],
    ]);
  });

  /** The consumers a change of `accounts.plan` keeps of four usages, one per access, as `file:line access`. */
  const consumersByAccess = (change: ColumnChange): string[] =>
    buildImpactReport(
      inputs(
        [change],
        (['definition', 'read', 'filter', 'write'] as const).map((access, index) => usage('accounts', 'plan', 'svc/a.ts', index + 1, { access })),
      ),
    ).changes[0]!.consumers.map((c) => `${c.file}:${c.line} ${c.access}`);
  const EVERY_USAGE = ['svc/a.ts:1 definition', 'svc/a.ts:2 read', 'svc/a.ts:3 filter', 'svc/a.ts:4 write'];

  it.each([
    ['to NOT NULL: writers and the declaration', false, ['svc/a.ts:1 definition', 'svc/a.ts:4 write']],
    ['to nullable: readers and the declaration', true, ['svc/a.ts:1 definition', 'svc/a.ts:2 read', 'svc/a.ts:3 filter']],
  ])('nullability %s', (_, nullable, expected) => {
    expect(consumersByAccess({ kind: 'column-nullability-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, nullable })).toEqual(expected);
  });

  it.each([
    ['to NOT NULL', { kind: 'column-nullability-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, nullable: false }],
    ['a default changed', { kind: 'column-default-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, from: "'free'::text", to: "'trial'::text" }],
  ] as const)('%s: a write of a value that cannot be null (`nonNullWrites`) is no consumer', (_, change) => {
    const usages = [
      usage('accounts', 'plan', 'svc/a.ts', 1, { access: 'definition', location: { file: 'svc/a.ts', line: 1, column: 3 } }),
      usage('accounts', 'plan', 'svc/a.ts', 2, { access: 'write', location: { file: 'svc/a.ts', line: 2, column: 5 } }),
      usage('accounts', 'plan', 'svc/a.ts', 3, { access: 'write', location: { file: 'svc/a.ts', line: 3, column: 5 } }),
    ];
    const report = buildImpactReport({ ...inputs([change], usages), nonNullWrites: new Set(['svc/a.ts:2:5', 'svc/a.ts:1:3']) });
    expect(report.changes[0]!.consumers.map((c) => `${c.file}:${c.line} ${c.access}`)).toEqual(['svc/a.ts:1 definition', 'svc/a.ts:3 write']);
  });

  it.each([
    ['varchar(255) to text: only the declaration', 'character varying(255)', 'text', ['svc/a.ts:1 definition']],
    ['varchar(255) to varchar(1024): only the declaration', 'character varying(255)', 'character varying(1024)', ['svc/a.ts:1 definition']],
    ['numeric(10,2) to numeric(12,2): only the declaration', 'numeric(10,2)', 'numeric(12,2)', ['svc/a.ts:1 definition']],
    ['varchar(64)[] to text[]: only the declaration', 'character varying(64)[]', 'text[]', ['svc/a.ts:1 definition']],
    ['varchar(255) to varchar(64) (narrower): the declaration and the writers', 'character varying(255)', 'character varying(64)', ['svc/a.ts:1 definition', 'svc/a.ts:4 write']],
    ['text to varchar(255) (narrower): the declaration and the writers', 'text', 'character varying(255)', ['svc/a.ts:1 definition', 'svc/a.ts:4 write']],
    ['text[] to varchar(20)[] (narrower): the declaration and the writers', 'text[]', 'character varying(20)[]', ['svc/a.ts:1 definition', 'svc/a.ts:4 write']],
    ['text to char(20) (pads): every usage', 'text', 'character(20)', EVERY_USAGE],
    ['text to citext, no unique index: the declaration and the filters', 'text', 'citext', ['svc/a.ts:1 definition', 'svc/a.ts:3 filter']],
    ['citext to varchar(255), no unique index: the declaration and the filters', 'public.citext', 'character varying(255)', ['svc/a.ts:1 definition', 'svc/a.ts:3 filter']],
    ['text to integer: every usage', 'text', 'integer', EVERY_USAGE],
    ['numeric(10,2) to numeric(12,4) (another scale): every usage', 'numeric(10,2)', 'numeric(12,4)', EVERY_USAGE],
    ['varchar(255) to jsonb: every usage', 'character varying(255)', 'jsonb', EVERY_USAGE],
  ])('type %s', (_, from, to, expected) => {
    expect(consumersByAccess({ kind: 'column-type-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, from, to })).toEqual(expected);
  });

  it('text to citext under a unique index: the writers too, whose values may now collide', () => {
    const unique: SchemaSnapshot = {
      ...baseSchema,
      indexes: [{ schema: 'public', name: 'accounts_plan_key', table: 'accounts', unique: true, method: 'btree', columns: ['plan'], definition: 'CREATE UNIQUE INDEX accounts_plan_key ON public.accounts USING btree (plan)' }],
    };
    const change: ColumnChange = { kind: 'column-type-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, from: 'text', to: 'citext' };
    const usages = (['definition', 'read', 'filter', 'write'] as const).map((access, index) => usage('accounts', 'plan', 'svc/a.ts', index + 1, { access }));
    const report = buildImpactReport({ ...inputs([change], usages), baseSchema: unique });
    expect(report.changes[0]!.consumers.map((c) => `${c.file}:${c.line} ${c.access}`)).toEqual(['svc/a.ts:1 definition', 'svc/a.ts:3 filter', 'svc/a.ts:4 write']);
  });

  it('timestamp to timestamptz: a declaration found by flow and any usage found by name see a Date before and after; the ORM declaration and the queries stay', () => {
    const change: ColumnChange = { kind: 'column-type-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, from: 'timestamp(3) without time zone', to: 'timestamp(3) with time zone' };
    const usages = [
      usage('accounts', 'plan', 'prisma/schema.prisma', 1, { access: 'definition', adapter: 'prisma' }),
      usage('accounts', 'plan', 'svc/account.model.ts', 2, { access: 'definition', adapter: 'prisma', confidence: 'name-match' }),
      usage('accounts', 'plan', 'svc/account.dto.ts', 3, { access: 'definition', adapter: 'flow' }),
      usage('accounts', 'plan', 'svc/a.ts', 4, { access: 'read', adapter: 'prisma', confidence: 'name-match' }),
      usage('accounts', 'plan', 'svc/a.ts', 5, { access: 'filter', adapter: 'prisma' }),
      // A test's row typed as the model (`const account: Account = { plan: new Date() }`) and a read of a typed value.
      usage('accounts', 'plan', 'svc/a.spec.ts', 6, { access: 'write', adapter: 'prisma', onValue: true }),
      usage('accounts', 'plan', 'svc/a.ts', 7, { access: 'read', adapter: 'prisma', onValue: true }),
      // The same row handed to `prisma.account.create({ data })`: a query's write.
      usage('accounts', 'plan', 'svc/a.ts', 8, { access: 'write', adapter: 'prisma' }),
    ];
    const files = (from: string, to: string) => buildImpactReport(inputs([{ ...change, from, to } as ColumnChange], usages)).changes[0]!.consumers.map((c) => `${c.file}:${c.line} ${c.access}`);
    // `svc/a.ts:4` is found by name only, `svc/a.spec.ts:6` and `svc/a.ts:7` on typed values: a Date before and after.
    expect(files('timestamp(3) without time zone', 'timestamp(3) with time zone')).toEqual(['prisma/schema.prisma:1 definition', 'svc/a.ts:5 filter', 'svc/a.ts:8 write']);
    expect(files('date', 'timestamp with time zone')).toEqual(['prisma/schema.prisma:1 definition', 'svc/a.ts:5 filter', 'svc/a.ts:8 write']);
    // A string read back as a Date: every declaration and every value.
    expect(files('text', 'timestamp with time zone')).toHaveLength(8);
  });

  it('timestamp to timestamptz: an API serves the same JSON string, so an operation is a consumer only where the head description changes the field', () => {
    const change: ColumnChange = { kind: 'column-type-changed', column: { schema: 'public', table: 'accounts', column: 'plan' }, from: 'timestamp(3) without time zone', to: 'timestamp(3) with time zone' };
    const file = 'openapi.yaml';
    const field = (operation: string, direction: 'request' | 'response', pointer: string) => ({
      service: 'api',
      field: { operation, direction, property: 'plan', path: 'plan', schemaName: 'Account', pointer, file },
    });
    const apiFields = [
      field('GET /accounts/{id}', 'response', '/components/schemas/Account/properties/plan'),
      field('POST /accounts', 'request', '/components/schemas/AccountInput/properties/plan'),
    ];
    const formatChanged = {
      kind: 'api-change', id: 'response-property-format-changed', level: 'warning', operation: 'GET /accounts/{id}',
      pointer: '/components/schemas/Account/properties/plan/format', message: 'format date -> date-time', file, fingerprint: 'f1',
    } as ApiChange;
    const apiOf = (from: string, apiChanges: ApiChange[]) =>
      buildImpactReport({ ...inputs([{ ...change, from } as ColumnChange], []), apiFields, apiChanges }).changes[0]!.consumers.filter((c) => c.kind === 'api').map((c) => `${c.operation} ${c.contract?.status ?? '-'}`);
    expect(apiOf('timestamp(3) without time zone', [])).toEqual([]);
    expect(apiOf('date', [formatChanged])).toEqual(['GET /accounts/{id} changed']);
    // A string made a timestamp: the JSON value is another one, every operation that carries it.
    expect(apiOf('text', [])).toEqual(['GET /accounts/{id} -', 'POST /accounts -']);
  });

  it('test, spec, fixture and seed files are `test` consumers, listed after the others', () => {
    const report = buildImpactReport(
      inputs(
        [renamed],
        [
          usage('users', 'email', 'api/src/users.ts', 7),
          usage('users', 'email', 'api/src/users.spec.ts', 3, { access: 'write' }),
          usage('users', 'email', 'api/__tests__/users.ts', 4),
          usage('users', 'email', 'api/test/factories/user.ts', 5, { access: 'write' }),
          usage('users', 'email', 'e2e/signup.ts', 6, { access: 'filter' }),
          usage('users', 'email', 'db/seeds/users.ts', 2, { access: 'write' }),
          usage('users', 'email', 'jobs/export/users.sql', 8, { serviceKind: 'job' }),
        ],
      ),
    );
    expect(report.changes[0]!.consumers.map((c) => `${c.kind} ${c.file ?? c.object}`)).toEqual([
      'db-object function public.user_by_email',
      'code api/src/users.ts',
      'job jobs/export/users.sql',
      'test api/__tests__/users.ts',
      'test api/src/users.spec.ts',
      'test api/test/factories/user.ts',
      'test db/seeds/users.ts',
      'test e2e/signup.ts',
    ]);
  });

  it('collects the db objects and code usages of the changed column only, sorted', () => {
    const report = buildImpactReport(
      inputs(
        [renamed],
        [
          usage('users', 'email', 'svc/b.ts', 9, { symbol: 'load' }),
          usage('users', 'email', 'svc/a.ts', 3, { access: 'definition', adapter: 'typeorm', symbol: 'User.email' }),
          usage('accounts', 'email', 'svc/a.ts', 4),
          usage('users', 'name', 'svc/a.ts', 5),
          usage('users', 'email', 'jobs/x.sql', 2, { serviceKind: 'job', service: 'export', adapter: 'sql-file' }),
        ],
      ),
    );
    expect(report.changes).toEqual([
      {
        id: 'column-renamed:public.users.email',
        kind: 'column-renamed',
        table: 'public.users',
        column: 'email',
        severity: 'error',
        summary: 'renamed to email_address',
        migration: { file: 'db/0002.sql', line: 1 },
        newColumn: 'email_address',
        consumers: [
          // The view follows the rename (it keeps serving the column as `email`); the function's body names it.
          { kind: 'db-object', object: 'function public.user_by_email' },
          { kind: 'job', file: 'jobs/x.sql', line: 2, service: 'export', access: 'read', adapter: 'sql-file', status: 'forgotten' },
          { kind: 'code', file: 'svc/a.ts', line: 3, service: 'api', symbol: 'User.email', access: 'definition', adapter: 'typeorm', status: 'forgotten' },
          { kind: 'code', file: 'svc/b.ts', line: 9, service: 'api', symbol: 'load', access: 'read', adapter: 'raw-sql', status: 'forgotten' },
        ],
      },
    ]);
  });

  it('a rename in place breaks only the database objects whose body names the column; a drop or a drop-and-add breaks all', () => {
    const dependency = (kind: 'view' | 'index' | 'constraint' | 'policy' | 'trigger' | 'function', name: string, source: 'pg_depend' | 'pg_trigger' | 'function-body') =>
      ({ schema: 'public', table: 'customers', column: 'email', object: { kind, schema: 'public', name }, source }) as const;
    const schema: SchemaSnapshot = {
      ...baseSchema,
      dependencies: [
        dependency('view', 'customer_emails', 'pg_depend'),
        dependency('index', 'customers_email_lower_key', 'pg_depend'),
        dependency('constraint', 'customers.customers_email_check', 'pg_depend'),
        dependency('policy', 'customers.own_rows', 'pg_depend'),
        dependency('trigger', 'customers.lower_email', 'pg_trigger'),
        // A BEGIN ATOMIC body is recorded in pg_depend (kept over the parsed body) and follows the rename too.
        dependency('function', 'customer_count', 'pg_depend'),
        dependency('function', 'normalise_email', 'function-body'),
      ],
    };
    const column = { schema: 'public', table: 'customers', column: 'email' };
    const objects = (change: ColumnChange): string[] =>
      buildImpactReport({ ...inputs([change]), baseSchema: schema }).changes[0]!.consumers.map((consumer) => consumer.object ?? '');
    expect(objects({ kind: 'column-renamed', column, newName: 'email_address', how: 'rename' })).toEqual(['function public.normalise_email']);
    expect(objects({ kind: 'column-renamed', column, newName: 'email', newTable: 'clients', how: 'rename' })).toEqual(['function public.normalise_email']);
    const all = [
      'constraint public.customers.customers_email_check',
      'function public.customer_count',
      'function public.normalise_email',
      'index public.customers_email_lower_key',
      'policy public.customers.own_rows',
      'trigger public.customers.lower_email',
      'view public.customer_emails',
    ];
    expect(objects({ kind: 'column-renamed', column, newName: 'email_address', how: 'drop-and-add' })).toEqual(all);
    expect(objects({ kind: 'column-dropped', column, type: 'text' })).toEqual(all);
    expect(objects({ kind: 'column-type-changed', column, from: 'text', to: 'citext' })).toEqual(all);
  });

  it('compares base and head trees: still used is forgotten (at its head line), gone is handled, new uses count', () => {
    const report = buildImpactReport({
      ...inputs(
        [renamed],
        [usage('users', 'email', 'svc/a.ts', 3, { symbol: 'load' }), usage('users', 'email', 'svc/b.ts', 9, { symbol: 'save', access: 'write' })],
      ),
      headUsages: [
        usage('users', 'email', 'svc/a.ts', 5, { symbol: 'load' }),
        usage('users', 'email', 'svc/c.ts', 1, { symbol: 'audit' }),
        usage('users', 'email_address', 'svc/b.ts', 9, { symbol: 'save', access: 'write' }),
      ],
    });
    expect(report.changes[0]!.consumers.filter((consumer) => consumer.kind === 'code').map((consumer) => [consumer.file, consumer.line, consumer.status])).toEqual([
      ['svc/a.ts', 5, 'forgotten'],
      ['svc/b.ts', 9, 'handled'],
      ['svc/c.ts', 1, 'forgotten'],
    ]);
  });

  it('a base usage gone from an unchanged file was not handled: what it resolved through changed, not the file', () => {
    // opencollective-api-8ddd14bbeb: the model makes `expensePolicy` VIRTUAL, so the head no longer resolves an
    // untouched test's `fakeCollective({ expensePolicy })` (nor a resolver's name match) to the column.
    const report = buildImpactReport({
      ...inputs([renamed], [usage('users', 'email', 'svc/model.ts', 3, { symbol: 'User.email', access: 'definition' }), usage('users', 'email', 'test/user.test.ts', 9, { access: 'write', adapter: 'flow' })]),
      headUsages: [],
      unchangedFiles: new Set(['test/user.test.ts']),
    });
    expect(report.changes[0]!.consumers.filter((consumer) => consumer.kind !== 'db-object').map((consumer) => [consumer.file, consumer.status])).toEqual([['svc/model.ts', 'handled']]);
  });

  it('a star read (`SELECT *`, `o.*`) consumes a dropped or renamed column only where code names it; a type change reaches it', () => {
    const star = { fromStar: true, symbol: 'listOrganizations' } as const;
    const usages = [usage('users', 'email', 'svc/star.ts', 4, star), usage('users', 'email', 'svc/mapper.ts', 12, { symbol: 'toMember' })];
    const dropped: ColumnChange = { kind: 'column-dropped', column: { schema: 'public', table: 'users', column: 'email' }, type: 'text' };
    const typeChanged: ColumnChange = { kind: 'column-type-changed', column: { schema: 'public', table: 'users', column: 'email' }, from: 'text', to: 'jsonb' };
    const codeFiles = (change: ColumnChange, headUsages?: readonly Usage[]) =>
      buildImpactReport({ ...inputs([change], usages), ...(headUsages ? { headUsages } : {}) })
        .changes[0]!.consumers.filter((consumer) => consumer.kind === 'code')
        .map((consumer) => `${consumer.file} ${consumer.status ?? '-'}`);
    expect(codeFiles(dropped)).toEqual(['svc/mapper.ts forgotten']);
    expect(codeFiles(renamed)).toEqual(['svc/mapper.ts forgotten']);
    // The base's star read gone from the head is no handled consumer either: it never needed handling.
    expect(codeFiles(renamed, [])).toEqual(['svc/mapper.ts handled']);
    expect(codeFiles(typeChanged)).toEqual(['svc/mapper.ts -', 'svc/star.ts -']);
  });

  it("names the table's new name of a column renamed with its table (opencollective-api: Cards to PaymentMethods, serviceId to customerId)", () => {
    const column = { schema: 'public', table: 'Cards', column: 'serviceId' };
    const report = buildImpactReport(
      inputs([
        { kind: 'column-renamed', column, newName: 'customerId', how: 'rename', newTable: 'PaymentMethods' },
        { kind: 'column-renamed', column: { ...column, column: 'token' }, newName: 'token', how: 'rename', newTable: 'PaymentMethods' },
      ]),
    );
    expect(report.changes.map(({ column: name, summary, newColumn, newTable }) => ({ name, summary, newColumn, newTable }))).toEqual([
      { name: 'serviceId', summary: 'renamed to PaymentMethods.customerId', newColumn: 'customerId', newTable: 'PaymentMethods' },
      { name: 'token', summary: 'table renamed to PaymentMethods', newColumn: 'token', newTable: 'PaymentMethods' },
    ]);
  });

  it('gives no status to consumers of changes that keep the column name', () => {
    const report = buildImpactReport(
      inputs([{ kind: 'column-type-changed', column: { schema: 'public', table: 'users', column: 'email' }, from: 'text', to: 'jsonb' }], [usage('users', 'email', 'a.ts', 1)]),
    );
    expect(report.changes[0]!.consumers.find((consumer) => consumer.kind === 'code')).not.toHaveProperty('status');
  });

  it('lists one consumer per place, however often the column is named there', () => {
    const report = buildImpactReport(inputs([renamed], [usage('users', 'email', 'a.ts', 1), usage('users', 'email', 'a.ts', 1)]));
    expect(report.changes[0]!.consumers.filter((consumer) => consumer.kind === 'code')).toHaveLength(1);
  });

  it.each([
    ['a drop with consumers', { kind: 'column-dropped', column: { schema: 'public', table: 'users', column: 'email' }, type: 'text' }, 'error'],
    ['a drop nothing consumes', { kind: 'column-dropped', column: { schema: 'public', table: 'users', column: 'gone' }, type: 'text' }, 'info'],
    ['a type change', { kind: 'column-type-changed', column: { schema: 'public', table: 'users', column: 'email' }, from: 'text', to: 'citext' }, 'warning'],
    ['a NOT NULL column without default', { kind: 'column-added', column: { schema: 'public', table: 'users', column: 'tier' }, type: 'text', nullable: false }, 'warning'],
    ['a nullable new column', { kind: 'column-added', column: { schema: 'public', table: 'users', column: 'tier' }, type: 'text', nullable: true }, 'info'],
  ] as const)('rates %s as %s', (_name, change, severity) => {
    const report = buildImpactReport(inputs([change as ColumnChange]));
    expect(report.changes[0]!.severity).toBe(severity);
  });

  it('orders changes by table, then column', () => {
    const report = buildImpactReport(
      inputs([
        { kind: 'column-dropped', column: { schema: 'public', table: 'users', column: 'b' }, type: 'text' },
        { kind: 'column-dropped', column: { schema: 'public', table: 'orders', column: 'z' }, type: 'text' },
        { kind: 'column-dropped', column: { schema: 'public', table: 'users', column: 'a' }, type: 'text' },
      ]),
    );
    expect(report.changes.map((change) => change.id)).toEqual([
      'column-dropped:public.orders.z',
      'column-dropped:public.users.a',
      'column-dropped:public.users.b',
    ]);
  });
});
