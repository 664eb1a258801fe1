import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, loadOpenApi } from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('customers: renames, removals and an allOf restructure in one revision', () => {
  it('reports exactly these changes', async () => {
    const base = await loadOpenApi('fixtures/scenarios/customers_base.yaml', { root });
    const head = await loadOpenApi('fixtures/scenarios/customers_revision.yaml', { root });
    const changes = diffOpenApi(base, head);
    // `Customer` moved into `allOf: [Base, {...}]` and `{id}` became `{customerId}`: neither is a change.
    expect(changes.map((change) => [change.level, change.id, change.operation, change.pointer, change.property ?? null])).toEqual([
      ['error', 'api-removed-without-deprecation', 'DELETE /customers/{id}', '/paths/~1customers~1{id}/delete', null],
      ['warning', 'response-optional-property-removed', 'GET /customers', '/components/schemas/Customer/properties/phone', 'phone'],
      ['info', 'response-required-property-added', 'GET /customers', '/components/schemas/Customer/allOf/1/properties/emailAddress', 'emailAddress'],
      ['error', 'response-required-property-removed', 'GET /customers', '/components/schemas/Customer/properties/email', 'email'],
      ['warning', 'response-optional-property-removed', 'GET /customers/{id}', '/components/schemas/Customer/properties/phone', 'phone'],
      ['info', 'response-required-property-added', 'GET /customers/{id}', '/components/schemas/Customer/allOf/1/properties/emailAddress', 'emailAddress'],
      ['error', 'response-required-property-removed', 'GET /customers/{id}', '/components/schemas/Customer/properties/email', 'email'],
      ['error', 'api-path-removed-without-deprecation', 'GET /legacy/customers', '/paths/~1legacy~1customers/get', null],
      ['error', 'new-required-request-property', 'POST /customers', '/components/schemas/NewCustomer/properties/country', 'country'],
      ['error', 'new-required-request-property', 'POST /customers', '/components/schemas/NewCustomer/properties/emailAddress', 'emailAddress'],
      ['warning', 'request-property-removed', 'POST /customers', '/components/schemas/NewCustomer/properties/email', 'email'],
      ['warning', 'request-property-removed', 'POST /customers', '/components/schemas/NewCustomer/properties/newsletter', 'newsletter'],
      ['warning', 'response-optional-property-removed', 'POST /customers', '/components/schemas/Customer/properties/phone', 'phone'],
      ['info', 'response-required-property-added', 'POST /customers', '/components/schemas/Customer/allOf/1/properties/emailAddress', 'emailAddress'],
      ['error', 'response-required-property-removed', 'POST /customers', '/components/schemas/Customer/properties/email', 'email'],
    ]);
    // Removals and changes point into base, additions into head.
    expect(new Set(changes.filter((change) => change.id.includes('added') || change.id.startsWith('new-')).map((change) => change.file))).toEqual(
      new Set(['fixtures/scenarios/customers_revision.yaml']),
    );
    expect(new Set(changes.filter((change) => !change.id.includes('added') && !change.id.startsWith('new-')).map((change) => change.file))).toEqual(
      new Set(['fixtures/scenarios/customers_base.yaml']),
    );
    expect(changes.find((change) => change.operation === 'GET /customers/{id}' && change.id === 'response-required-property-removed')?.message).toBe(
      'response property `email` (200): required property removed',
    );
  });

  it('is the empty list for a description against itself', async () => {
    const base = await loadOpenApi('fixtures/scenarios/customers_base.yaml', { root });
    expect(diffOpenApi(base, base)).toEqual([]);
  });

  it('gives byte-identical output for the same input', async () => {
    const load = async (): Promise<string> =>
      JSON.stringify(
        diffOpenApi(
          await loadOpenApi('fixtures/scenarios/customers_base.yaml', { root }),
          await loadOpenApi('fixtures/scenarios/customers_revision.yaml', { root }),
        ),
      );
    expect(await load()).toBe(await load());
  });
});
