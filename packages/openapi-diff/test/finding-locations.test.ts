import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, loadOpenApi } from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// Each finding points into base and into head: at the changed thing on both sides, or for a value or property
// only one side has, at it there and at the enclosing schema on the other side; a removed or added operation
// has no place on the other side.
const CASES: readonly (readonly [name: string, base: string | undefined, head: string | undefined])[] = [
  ['response-property-max-length-increased', '/components/schemas/Customer/properties/field', '/components/schemas/Customer/properties/field'],
  ['request-body-enum-value-removed', '/paths/~1customers/post/requestBody/content/application~1json/schema/enum/1', '/paths/~1customers/post/requestBody/content/application~1json/schema'],
  ['response-property-enum-value-added', '/components/schemas/Customer/properties/field', '/components/schemas/Customer/properties/field/enum/1'],
  ['response-required-property-removed', '/components/schemas/Customer/properties/name', '/components/schemas/Customer'],
  ['new-required-request-property', '/components/schemas/NewCustomer', '/components/schemas/NewCustomer/properties/country'],
  ['request-property-became-required', '/components/schemas/NewCustomer/properties/email', '/components/schemas/NewCustomer/properties/email'],
  ['request-parameter-removed', '/paths/~1customers/get/parameters/0', undefined],
  ['new-optional-request-parameter', undefined, '/paths/~1customers/get/parameters/1'],
  ['api-removed-without-deprecation', '/paths/~1orders/post', undefined],
  ['endpoint-added', undefined, '/paths/~1orders/post'],
  ['api-operation-id-removed', '/paths/~1orders/get', '/paths/~1orders/get'],
  ['api-security-scope-added', '/paths/~1orders/get/security/0', '/paths/~1orders/get/security/0'],
  ['response-header-added', '/paths/~1customers/get/responses/200', '/paths/~1customers/get/responses/200/headers/X-Request-Id'],
  ['response-media-type-removed', '/paths/~1customers~1{id}/get/responses/200/content/application~1xml', undefined],
];

describe('findings point into base and head', () => {
  it('only when asked: the report schema does not list the locations yet', async () => {
    const base = await loadOpenApi('fixtures/rules/response-required-property-removed_base.yaml', { root });
    const head = await loadOpenApi('fixtures/rules/response-required-property-removed_revision.yaml', { root });
    expect(diffOpenApi(base, head).map((change) => [change.base, change.head])).toEqual([[undefined, undefined]]);
  });

  it.each(CASES)('%s', async (name, basePointer, headPointer) => {
    const base = await loadOpenApi(`fixtures/rules/${name}_base.yaml`, { root });
    const head = await loadOpenApi(`fixtures/rules/${name}_revision.yaml`, { root });
    const [change, ...rest] = diffOpenApi(base, head, { locations: true }).filter((candidate) => candidate.id === name);
    expect(rest).toEqual([]);
    expect([change?.base, change?.head]).toEqual([
      basePointer === undefined ? undefined : { file: base.file, pointer: basePointer },
      headPointer === undefined ? undefined : { file: head.file, pointer: headPointer },
    ]);
  });
});
