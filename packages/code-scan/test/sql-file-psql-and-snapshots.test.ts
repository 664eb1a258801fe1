import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

describe('sql-file adapter', () => {
  it('psql-and-snapshots: psql meta-commands, \\copy (query), :variables; statements separated by blank lines only', async () => {
    const { sites, diagnostics } = await scanFixture('sql-file', 'psql-and-snapshots');
    expect(sites).toEqual([
      'reports/monthly.psql.sql:4:15 public.customers.id read sql-file -',
      'reports/monthly.psql.sql:4:19 public.customers.email read sql-file -',
      'reports/monthly.psql.sql:4:46 public.customers.created_at filter sql-file -',
      'reports/monthly.psql.sql:5:40 public.orders.total_cents filter sql-file -',
      'src/queries.snapshot.sql:2:8 public.customers.id read sql-file -',
      'src/queries.snapshot.sql:2:12 public.customers.full_name read sql-file -',
      'src/queries.snapshot.sql:2:43 public.customers.email filter sql-file -',
      'src/queries.snapshot.sql:5:8 public.orders.id read sql-file -',
      'src/queries.snapshot.sql:5:12 public.orders.total_cents read sql-file -',
      'src/queries.snapshot.sql:7:8 public.orders.customer_id filter sql-file -',
      'src/queries.snapshot.sql:8:11 public.orders.created_at order sql-file -',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("other-dialects: a file most of whose statements are another database's SQL is one warning naming how many, the first and the dialect; what parses is read", async () => {
    const { sites, found } = await scanFixture('sql-file', 'other-dialects');
    expect(sites).toEqual([
      'jobs/sessions-clickhouse.sql:26:8 public.customers.id read sql-file -',
      'jobs/sessions-clickhouse.sql:26:12 public.customers.email read sql-file -',
      'jobs/sessions-clickhouse.sql:26:39 public.customers.created_at filter sql-file -',
    ]);
    expect(diagnosticLines(found)).toEqual([
      'sql/unparseable jobs/archive-mysql.sql:1:14 jobs/archive-mysql.sql:1: SQL does not parse: syntax error at or near "`"; it looks like MySQL SQL, which Ripple does not read',
      'sql/unparseable jobs/sessions-clickhouse.sql:2:3 jobs/sessions-clickhouse.sql: 5 of 6 statements do not parse as PostgreSQL (the first, line 2: SQL does not parse: syntax error at or near "`"); it looks like ClickHouse SQL, which Ripple does not read; the statements that parse are read',
    ]);
  });
});

describe('sqlc query files', () => {
  it("sqlc-queries: @name parameters, sqlc.arg/narg and sqlc.embed read as parameters and a row, at their places; a ::\"Enum\" cast is no psql variable (hatchet's dbsqlc)", async () => {
    const schema = snapshotOf({
      'public.Tenant': ['id', 'name', 'slug', 'uiVersion', 'metadata'],
      'public.TenantMember': ['id', 'tenantId', 'userId'],
    });
    const { sites, diagnostics } = await scanFixture('sql-file', 'sqlc-queries', { schema });
    expect(diagnostics).toEqual([]);
    expect(sites.filter((line) => line.includes('uiVersion') || line.includes('metadata'))).toEqual([
      'pkg/repository/dbsqlc/tenants.sql:2:45 public.Tenant.uiVersion write sql-file -',
      // RETURNING * reads every column into the row sqlc generates.
      'pkg/repository/dbsqlc/tenants.sql:9:11 public.Tenant.metadata read sql-file -',
      'pkg/repository/dbsqlc/tenants.sql:9:11 public.Tenant.uiVersion read sql-file -',
      'pkg/repository/dbsqlc/tenants.sql:15:5 public.Tenant.uiVersion write sql-file -',
      'pkg/repository/dbsqlc/tenants.sql:15:76 public.Tenant.uiVersion read sql-file -',
      'pkg/repository/dbsqlc/tenants.sql:18:11 public.Tenant.metadata read sql-file -',
      'pkg/repository/dbsqlc/tenants.sql:18:11 public.Tenant.uiVersion read sql-file -',
      'pkg/repository/dbsqlc/tenants.sql:23:5 public.Tenant.uiVersion read sql-file -',
      // `@>` is jsonb's containment, not a parameter.
      'pkg/repository/dbsqlc/tenants.sql:30:9 public.Tenant.metadata filter sql-file -',
    ]);
  });
});
