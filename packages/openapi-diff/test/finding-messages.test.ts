import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffOpenApi, loadOpenApi } from '../src/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

// A message says where (the subject), what (the rule's summary) and the values, for a reviewer reading one line.
const CASES: readonly (readonly [fixture: string, message: string])[] = [
  ['api-operation-id-removed', 'endpoint: operationId removed or changed (listOrders replaced with listAllOrders)'],
  ['request-property-max-length-decreased', 'request property `field`: max length decreased (from 20 to 10)'],
  ['response-property-enum-value-added', 'response property `field` (200): enum value added ("b")'],
  ['cookie-parameter-enum-value-removed', 'cookie parameter `session`: enum value removed ("b")'],
  ['api-removed-before-sunset', 'endpoint: operation removed before its sunset date (2030-01-01)'],
  ['request-body-additional-properties-disallowed', 'request body: additional properties disallowed (from any to none)'],
  ['api-security-scope-added', 'security: security scope added (oauth: write)'],
  ['response-header-added', 'response header `x-request-id` (200): header added'],
  ['request-parameter-style-changed', 'query parameter `ids`: serialization style changed (from form to pipeDelimited)'],
];

describe('finding messages', () => {
  it.each(CASES)('%s', async (fixture, message) => {
    const base = await loadOpenApi(`fixtures/rules/${fixture}_base.yaml`, { root });
    const head = await loadOpenApi(`fixtures/rules/${fixture}_revision.yaml`, { root });
    expect(diffOpenApi(base, head, { today: '2026-11-25' }).map((change) => change.message)).toEqual([message]);
  });
});
