import { fileURLToPath } from 'node:url';
import { scanUsages } from '@ripple/code-scan';
import type { SchemaSnapshot } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { apiConsumersOfColumn } from '../src/join/api-consumers-of-column.js';
import type { ServiceApiField } from '../src/join/api-fields-for-column.js';

const ROOT = fileURLToPath(new URL('../../../packages/code-scan/fixtures/flows/zod-openapi', import.meta.url));
const table = (name: string, columns: readonly string[]) => ({
  kind: 'table' as const,
  schema: 'public',
  name,
  columns: columns.map((column, index) => ({ name: column, position: index + 1, type: 'text', nullable: true })),
});
const SCHEMA: SchemaSnapshot = {
  kind: 'schema-snapshot',
  schemas: ['public'],
  tables: [table('members', ['id', 'display_name', 'contact_email', 'recovery_email']), table('invoices', ['id', 'member_id', 'contact_email', 'total_cents'])],
  views: [],
  indexes: [],
  constraints: [],
  dependencies: [],
};
const CONTACT_EMAIL = { schema: 'public', table: 'members', column: 'contact_email' };

describe('api consumers of a column whose service describes its API in code (zod-to-openapi)', async () => {
  const { apiFlows, endpoints } = await scanUsages({ root: ROOT, schema: SCHEMA, cacheDir: false });

  // No spec file: each consumer is the route, named by the schema property the value lands in.
  it('with no spec file, the routes, each field named by the registered zod schema', () => {
    const consumers = apiConsumersOfColumn(CONTACT_EMAIL, { apiFields: [], apiFlows, endpoints });
    expect(consumers.map((c) => `${c.operation} ${c.direction} .${c.field} ${c.file}:${c.line} ${c.symbol} pointer=${c.pointer ?? '-'}`)).toEqual([
      'GET /members/{id} response .email src/members/members.router.ts:7 MemberSchema.email pointer=-',
      'GET /members response .email src/members/members.router.ts:12 MemberSchema.email pointer=-',
      'PUT /members/{id}/email request .email src/members/members.router.ts:19 UpdateEmailBody.email pointer=-',
    ]);
  });

  // The committed spec names the operation by another path (a gateway's `/v1/people/{personId}`); its operationId is
  // the one registerPath gives the route. `Member.contactEmail` is recovery_email's: no name match for contact_email.
  it('ties a route to the committed spec by operationId when the paths differ', () => {
    const field = (operation: string, operationId: string, property: string): ServiceApiField => ({
      service: 'members-zod-openapi',
      operationId,
      field: { operation, direction: 'response', property, path: property, schemaName: 'Member', pointer: `/components/schemas/Member/properties/${property}`, file: 'openapi.json' },
    });
    const apiFields = [field('GET /v1/people/{personId}', 'getMember', 'email'), field('GET /v1/people/{personId}', 'getMember', 'contactEmail'), field('GET /v1/other', 'getOther', 'email')];
    const consumers = apiConsumersOfColumn(CONTACT_EMAIL, { apiFields, apiFlows, endpoints });
    expect(consumers.map((c) => `${c.operation} ${c.direction ?? '-'} ${c.file}#${c.pointer ?? '-'} ${c.symbol}${c.confidence ? ` ${c.confidence}` : ''}`)).toEqual([
      'GET /v1/people/{personId} response openapi.json#/components/schemas/Member/properties/email MemberSchema.email',
      'GET /members response src/members/members.router.ts#- MemberSchema.email',
      'PUT /members/{id}/email request src/members/members.router.ts#- UpdateEmailBody.email',
    ]);
  });
});
