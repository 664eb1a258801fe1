import type { ApiField } from '@ripple/openapi-diff';
import { describe, expect, it } from 'vitest';
import { apiFieldsForColumn } from '../src/join/api-fields-for-column.js';

function field(operation: string, property: string, schemaName?: string, path = property): { service: string; field: ApiField } {
  return {
    service: 'api',
    field: {
      operation,
      direction: 'response',
      property,
      path,
      pointer: `/x/${property}`,
      file: 'openapi.yaml',
      ...(schemaName !== undefined ? { schemaName } : {}),
    },
  };
}

describe('apiFieldsForColumn', () => {
  it.each([
    ['the same name in a schema named after the table', field('GET /users/{id}', 'email', 'User'), 'users', 'email', true],
    ['camelCase of a snake_case column', field('GET /users/{id}', 'emailAddress', 'User'), 'users', 'email_address', true],
    ['a schema whose name starts with the singular', field('GET /users', 'email', 'UserContact'), 'users', 'email', true],
    ['a multi-word table', field('GET /orders/{id}', 'price', 'OrderItem'), 'order_items', 'price', true],
    ['a -ies plural', field('GET /categories', 'slug', 'Category'), 'categories', 'slug', true],
    ['an inline field under the table path', field('GET /users', 'email'), 'users', 'email', true],
    ['the same name on another table\'s schema', field('GET /accounts/{id}', 'email', 'Account'), 'users', 'email', false],
    ['an inline field under another path', field('GET /accounts', 'email'), 'users', 'email', false],
    ['an inline field of a nested resource (the last path segment)', field('GET /typebots/{typebotId}/results', 'updatedAt'), 'Result', 'updatedAt', true],
    ['an inline field held by a body field named after the table', field('GET /typebots/{typebotId}', 'updatedAt', undefined, 'results[].updatedAt'), 'Result', 'updatedAt', true],
    ['an inline field of a nested resource of another table', field('GET /typebots/{typebotId}/results', 'updatedAt'), 'typebot_logs', 'updatedAt', false],
    ['a request schema named for an action on the table (hatchet)', field('POST /api/v1/tenants', 'uiVersion', 'CreateTenantRequest'), 'Tenant', 'uiVersion', true],
    ['an update request schema', field('PATCH /api/v1/tenants/{tenant}', 'uiVersion', 'UpdateTenantRequest'), 'Tenant', 'uiVersion', true],
    ['an action on another table', field('POST /api/v1/tenants/{tenant}/invites', 'role', 'CreateTenantInviteRequest'), 'TenantMember', 'role', false],
    ['a schema only ending in the table\'s name', field('GET /workflow-runs', 'status', 'WorkflowRun'), 'runs', 'status', false],
    ['another column name', field('GET /users/{id}', 'name', 'User'), 'users', 'email', false],
  ])('%s', (_name, candidate, table, column, expected) => {
    const found = apiFieldsForColumn([candidate], { schema: 'public', table, column });
    expect(found.length === 1).toBe(expected);
  });
});
