import { fileURLToPath } from 'node:url';
import { scanUsages } from '@ripple/code-scan';
import type { SchemaSnapshot } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { apiConsumersOfColumn } from '../src/join/api-consumers-of-column.js';

const ROOT = fileURLToPath(new URL('../../../packages/code-scan/fixtures/flows/trpc-routers', import.meta.url));

const SCHEMA: SchemaSnapshot = {
  kind: 'schema-snapshot',
  schemas: ['public'],
  tables: [
    {
      kind: 'table',
      schema: 'public',
      name: 'members',
      columns: ['id', 'display_name', 'contact_email', 'recovery_email'].map((name, index) => ({ name, position: index + 1, type: 'text', nullable: true })),
    },
  ],
  views: [],
  indexes: [],
  constraints: [],
  dependencies: [],
};

describe('api consumers of a column served by tRPC procedures', async () => {
  const { apiFlows, endpoints } = await scanUsages({ root: ROOT, schema: SCHEMA, cacheDir: false });

  // No OpenAPI description serves a procedure: the consumer is the procedure, at its key in the router (no pointer).
  it('names each procedure `QUERY member.byId` / `MUTATION member.updateEmail`, at its handler, with the chain', () => {
    const consumers = apiConsumersOfColumn({ schema: 'public', table: 'members', column: 'contact_email' }, { apiFields: [], apiFlows, endpoints });
    expect(consumers.map((c) => `${c.operation} ${c.direction} .${c.field} ${c.file}:${c.line} ${c.symbol} pointer=${c.pointer ?? '-'} hops=${c.chain?.length}`)).toEqual([
      'QUERY member.byId response .email src/server/api/routers/member.ts:11 memberRouter.byId pointer=- hops=4',
      'QUERY member.list response .email src/server/api/routers/member.ts:18 memberRouter.list pointer=- hops=5',
      'MUTATION member.updateEmail request .email src/server/api/routers/member.ts:22 memberRouter.updateEmail pointer=- hops=2',
    ]);
  });
});
