// The shapes that made the diff overflow its stack or grow quadratically (issue #17): a ring of a thousand
// schemas, each the property of the one before; an enum of fifty thousand values. Exact results, no timing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffOpenApi, loadOpenApi } from '../src/index.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ripple-openapi-shapes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A 3.0 description whose one operation returns `root`, with `schemas` as its components. */
function description(schemas: Record<string, unknown>, root: unknown): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'shapes', version: '1' },
    paths: { '/things': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: root } } } } } } },
    components: { schemas },
  });
}

async function diffPair(name: string, base: string, head: string) {
  await writeFile(path.join(dir, `${name}_base.json`), base);
  await writeFile(path.join(dir, `${name}_revision.json`), head);
  return diffOpenApi(await loadOpenApi(`${name}_base.json`, { root: dir }), await loadOpenApi(`${name}_revision.json`, { root: dir }));
}

describe('worst shapes for the schema diff', () => {
  it('a ring of 1,000 schemas, one property type changed deep inside it', async () => {
    const ring = (changedAt: number) =>
      Object.fromEntries(
        Array.from({ length: 1000 }, (_, i) => [
          `R${i}`,
          { type: 'object', properties: { next: { $ref: `#/components/schemas/R${(i + 1) % 1000}` }, value: { type: i === changedAt ? 'string' : 'integer' } } },
        ]),
      );
    const changes = await diffPair('ring', description(ring(-1), { $ref: '#/components/schemas/R0' }), description(ring(700), { $ref: '#/components/schemas/R0' }));
    expect(changes.map((change) => `${change.id} ${change.pointer}`)).toEqual(['response-property-type-changed /components/schemas/R700/properties/value']);
  });

  it('an enum of 50,000 values, one removed and one added', async () => {
    const values = Array.from({ length: 50_000 }, (_, i) => `v${i}`);
    const head = [...values.slice(0, 25_000), ...values.slice(25_001), 'new'];
    const changes = await diffPair('enum', description({}, { type: 'string', enum: values }), description({}, { type: 'string', enum: head }));
    expect(changes.map((change) => `${change.id} ${change.pointer}`)).toEqual([
      'response-body-enum-value-added /paths/~1things/get/responses/200/content/application~1json/schema/enum/49999',
      'response-mediatype-enum-value-removed /paths/~1things/get/responses/200/content/application~1json/schema/enum/25000',
    ]);
  });
});
