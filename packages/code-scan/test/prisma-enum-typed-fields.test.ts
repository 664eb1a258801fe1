import type { SchemaSnapshot } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

/** The fixture's tables as Prisma migrates them: enum columns have their enum's name as their type. */
const schema: SchemaSnapshot = {
  kind: 'schema-snapshot',
  schemas: ['public'],
  tables: [
    { name: 'Access', columns: [['id', 'text'], ['alias', 'text'], ['permissions', '"AccessPermission"[]']] },
    { name: 'Settings', columns: [['userId', 'text'], ['viewMode', '"ViewMode"']] },
    { name: 'Order', columns: [['id', 'text'], ['dataSource', '"DataSource"']] },
    { name: 'SymbolProfile', columns: [['id', 'text'], ['dataSource', '"DataSource"']] },
  ].map(({ name, columns }) => ({
    kind: 'table' as const,
    schema: 'public',
    name,
    columns: (columns as [string, string][]).map(([column, type], index) => ({ name: column, position: index + 1, type, nullable: true })),
  })),
  views: [],
  indexes: [],
  constraints: [],
  dependencies: [],
};

describe('names typed with or compared to a column enum', () => {
  it('enum-typed-fields: a field typed with the column enum and a property compared with its member are the column; an enum of two columns or of none is nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'enum-typed-fields', { schema });
    expect(sites.filter((site) => site.startsWith('src/'))).toEqual([
      'src/auth.guard.ts:14:23 public.Settings.viewMode read enum-type AuthGuard.canActivate name-match',
      'src/scopes.ts:12:3 public.Access.permissions definition enum-type getScopesOfAccess name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
