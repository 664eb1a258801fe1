import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  mail0_user: ['id', 'name', 'created_at', 'default_connection_id'],
  mail0_connection: ['id', 'user_id', 'email', 'picture'],
  user: ['id', 'name'],
  audit_entry: ['id'],
});

describe('drizzle adapter', () => {
  it('table-creator: pgTableCreator((name) => `mail0_${name}`) names the tables its factory makes (Zero); an unread creator and an imported factory are warnings', async () => {
    const { sites, found } = await scanFixture('drizzle', 'table-creator', { schema: SCHEMA });
    expect(sites).toEqual([
      'src/db/schema.ts:6:3 public.mail0_user.id definition drizzle user.id',
      'src/db/schema.ts:7:3 public.mail0_user.name definition drizzle user.name',
      'src/db/schema.ts:8:3 public.mail0_user.created_at definition drizzle user.createdAt',
      'src/db/schema.ts:9:3 public.mail0_user.default_connection_id definition drizzle user.defaultConnectionId',
      'src/db/schema.ts:13:3 public.mail0_connection.id definition drizzle connection.id',
      'src/db/schema.ts:14:3 public.mail0_connection.user_id definition drizzle connection.userId',
      'src/db/schema.ts:17:3 public.mail0_connection.email definition drizzle connection.email',
      'src/db/schema.ts:18:3 public.mail0_connection.picture definition drizzle connection.picture',
      'src/server/connections.ts:7:30 public.mail0_connection.id read drizzle listConnections',
      'src/server/connections.ts:7:52 public.mail0_connection.email read drizzle listConnections',
      'src/server/connections.ts:7:79 public.mail0_connection.picture read drizzle listConnections',
      'src/server/connections.ts:9:26 public.mail0_connection.user_id filter drizzle listConnections',
      'src/server/connections.ts:13:31 public.mail0_user.default_connection_id write drizzle setDefault',
      'src/server/connections.ts:13:82 public.mail0_user.id filter drizzle setDefault',
    ]);
    expect(diagnosticLines(found)).toEqual([
      "code/unresolved-table-name src/db/legacy.ts:7:27 src/db/legacy.ts:7: shouted('user', {...}) looks like a drizzle table, but its name is not known (shouted is made by pgTableCreator with a function that is not a template around its parameter): its columns are not mapped",
      "code/unresolved-table-name src/db/legacy.ts:13:27 src/db/legacy.ts:13: makeTable('entry', {...}) looks like a drizzle table, but its name is not known (makeTable is imported from ./factory): its columns are not mapped",
    ]);
  });
});
