import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexApiFields, loadOpenApi } from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('indexApiFields', () => {
  it('lists every property each operation exposes, by direction, with its declaration pointer', async () => {
    const doc = await loadOpenApi('fixtures/fields/accounts.yaml', { root });
    const fields = indexApiFields(doc).map((field) => [field.operation, field.direction, field.path, field.pointer, field.schemaName ?? null]);
    const user = '/components/schemas/User/allOf/1/properties';
    // readOnly `id` and `created_at` are not sent, writeOnly `password` not returned; the allOf of User is read
    // through to where each property is written; `manager` is a User again and is not descended into twice;
    // map values are `{}`; webhooks count as operations.
    expect(fields).toEqual([
      ['POST /users', 'request', 'addresses', `${user}/addresses`, 'User'],
      ['POST /users', 'request', 'addresses{}.street', '/components/schemas/Address/properties/street', 'Address'],
      ['POST /users', 'request', 'dry_run', '/paths/~1users/post/parameters/0', null],
      ['POST /users', 'request', 'email', `${user}/email`, 'User'],
      ['POST /users', 'request', 'manager', `${user}/manager`, 'User'],
      ['POST /users', 'request', 'password', `${user}/password`, 'User'],
      ['POST /users', 'request', 'tags', `${user}/tags`, 'User'],
      ['POST /users', 'response', 'addresses', `${user}/addresses`, 'User'],
      ['POST /users', 'response', 'addresses{}.street', '/components/schemas/Address/properties/street', 'Address'],
      ['POST /users', 'response', 'created_at', '/components/schemas/Timestamps/properties/created_at', 'Timestamps'],
      ['POST /users', 'response', 'email', `${user}/email`, 'User'],
      ['POST /users', 'response', 'id', `${user}/id`, 'User'],
      ['POST /users', 'response', 'manager', `${user}/manager`, 'User'],
      ['POST /users', 'response', 'tags', `${user}/tags`, 'User'],
      ['POST webhook:userDeleted', 'request', 'user_id', '/webhooks/userDeleted/post/requestBody/content/application~1json/schema/properties/user_id', null],
    ]);
  });
});

describe('indexApiFields on a description split over files', () => {
  it("names the schema of a field by its key under the root's components.schemas, when that map and its entries are $refs to other files (hatchet's api-contracts)", async () => {
    const doc = await loadOpenApi('fixtures/fields/split-components/openapi.yaml', { root });
    const fields = indexApiFields(doc).map((field) => [field.operation, field.direction, field.path, field.schemaName ?? null]);
    // The inline response object of GET /api/v1/tenants/{tenant} is no component: its own `uiVersion` has no schema name.
    expect(fields).toEqual([
      ['GET /api/v1/tenants/{tenant}', 'request', 'tenant', null],
      ['GET /api/v1/tenants/{tenant}', 'response', 'tenant', null],
      ['GET /api/v1/tenants/{tenant}', 'response', 'tenant.metadata', 'Tenant'],
      ['GET /api/v1/tenants/{tenant}', 'response', 'tenant.metadata.id', 'APIResourceMeta'],
      ['GET /api/v1/tenants/{tenant}', 'response', 'tenant.name', 'Tenant'],
      ['GET /api/v1/tenants/{tenant}', 'response', 'tenant.uiVersion', 'Tenant'],
      ['GET /api/v1/tenants/{tenant}', 'response', 'uiVersion', null],
      ['POST /api/v1/tenants', 'request', 'name', 'CreateTenantRequest'],
      ['POST /api/v1/tenants', 'request', 'uiVersion', 'CreateTenantRequest'],
      ['POST /api/v1/tenants', 'response', 'metadata', 'Tenant'],
      ['POST /api/v1/tenants', 'response', 'metadata.id', 'APIResourceMeta'],
      ['POST /api/v1/tenants', 'response', 'name', 'Tenant'],
      ['POST /api/v1/tenants', 'response', 'uiVersion', 'Tenant'],
    ]);
  });
});
