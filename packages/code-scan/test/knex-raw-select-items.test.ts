import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  _nango_connections: ['id', 'metadata', 'environment_id', 'deleted', 'log_id'],
  _nango_active_logs: ['id', 'connection_id', 'activity_log_id', 'log_id', 'active'],
});

describe('knex raw select items', () => {
  it('raw-select-items: a raw subquery handed to .select() is read as a select item (nango listConnections)', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'raw-select-items', { schema: SCHEMA });
    // The subquery's columns are its own FROM's: `log_id` (of both tables) is `_nango_active_logs`' only.
    expect(sites).toEqual([
      'src/connection.service.ts:10:33 public._nango_connections.metadata read knex listConnections',
      'src/connection.service.ts:13:42 public._nango_active_logs.activity_log_id read raw-sql listConnections',
      'src/connection.service.ts:14:33 public._nango_active_logs.log_id read raw-sql listConnections',
      'src/connection.service.ts:17:53 public._nango_active_logs.connection_id filter raw-sql listConnections',
      'src/connection.service.ts:18:29 public._nango_active_logs.active filter raw-sql listConnections',
      'src/connection.service.ts:23:18 public._nango_connections.environment_id filter knex listConnections',
      'src/connection.service.ts:23:49 public._nango_connections.deleted filter knex listConnections',
      'src/connection.service.ts:27:72 public._nango_active_logs.active filter raw-sql activeCount',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
