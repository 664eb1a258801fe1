// The shapes that made the diff overflow its stack or grow quadratically (issue #17): a ring of a thousand
// schemas, each the property of the one before; an enum of fifty thousand values. Exact results, no timing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '@ripple/model';
import { diffOpenApi, indexApiFields, loadOpenApi } from '../src/index.js';

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
  it('a oneOf of 3,000 inline members, reversed, one member changed: matched by content, one finding', async () => {
    const member = (i: number, changed: boolean) => ({ type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: [`k${i}`] }, [`p${i}`]: { type: changed ? 'string' : 'integer' } } });
    const members = (changedAt: number) => Array.from({ length: 3000 }, (_, i) => member(i, i === changedAt));
    const changes = await diffPair('one-of-3000', description({}, { oneOf: members(-1) }), description({}, { oneOf: members(1234).reverse() }));
    expect(changes.map((change) => `${change.id} ${change.pointer}`)).toEqual([
      'response-property-type-changed /paths/~1things/get/responses/200/content/application~1json/schema/oneOf/1234/properties/p1234',
    ]);
  });

  it('a oneOf of 3,000 members replaced by 3,000 others: no quadratic similarity search, each removed and added', async () => {
    const members = (prefix: string) => Array.from({ length: 3000 }, (_, i) => ({ type: 'object', properties: { [`${prefix}${i}`]: { type: 'integer' } } }));
    const changes = await diffPair('one-of-replaced', description({}, { oneOf: members('a') }), description({}, { oneOf: members('b') }));
    expect([changes.filter((change) => change.id === 'response-body-one-of-removed').length, changes.filter((change) => change.id === 'response-body-one-of-added').length, changes.length]).toEqual([3000, 3000, 6000]);
  });

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

  it('a ring of 10,000 schemas, one property type changed deep inside it', async () => {
    const ring = (changedAt: number) =>
      Object.fromEntries(
        Array.from({ length: 10_000 }, (_, i) => [
          `R${i}`,
          { type: 'object', properties: { next: { $ref: `#/components/schemas/R${(i + 1) % 10_000}` }, value: { type: i === changedAt ? 'string' : 'integer' } } },
        ]),
      );
    const changes = await diffPair('ring-10000', description(ring(-1), { $ref: '#/components/schemas/R0' }), description(ring(7000), { $ref: '#/components/schemas/R0' }));
    expect(changes.map((change) => `${change.id} ${change.pointer}`)).toEqual(['response-property-type-changed /components/schemas/R7000/properties/value']);
    // The fields index descends 64 levels (next, value at each) and says where it stopped.
    const cuts: Diagnostic[] = [];
    const fields = indexApiFields(await loadOpenApi('ring-10000_base.json', { root: dir }), cuts);
    expect([fields.length, fields.filter((field) => field.path.length > 5 * 63).map((field) => field.path)]).toEqual([128, [`${'next.'.repeat(63)}next`, `${'next.'.repeat(63)}value`]]);
    expect(cuts).toEqual([
      {
        kind: 'diagnostic',
        code: 'openapi/fields-cut',
        message: `GET /things response: fields are indexed 64 levels deep at most; those past '${'next.'.repeat(63)}next' are not joined with columns`,
        location: { file: 'ring-10000_base.json', line: 1 },
        pointer: '/components/schemas/R64',
      },
    ]);
  });

  it('a chain of 3,000 schemas, each `allOf: [$ref next]`, the last one changed', async () => {
    const chain = (valueType: string) =>
      Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [
          `C${i}`,
          i === 2999 ? { type: 'object', properties: { value: { type: valueType } } } : { allOf: [{ $ref: `#/components/schemas/C${i + 1}` }] },
        ]),
      );
    const changes = await diffPair('allof-chain', description(chain('integer'), { $ref: '#/components/schemas/C0' }), description(chain('string'), { $ref: '#/components/schemas/C0' }));
    expect(changes.map((change) => `${change.id} ${change.pointer}`)).toEqual(['response-property-type-changed /components/schemas/C2999/properties/value']);
  });

  it('an inline nesting of 10,000 levels: validation skipped with a warning, the innermost change still found', async () => {
    // Written by hand: JSON.stringify itself recurses and cannot write this document.
    const nested = (depth: number, leafType: string): string =>
      '{"type":"object","properties":{"nested":'.repeat(depth) + `{"type":"${leafType}"}` + '}}'.repeat(depth);
    const base = description({}, { $ref: '#/components/schemas/Deep' }).replace('"schemas":{}', `"schemas":{"Deep":${nested(10_000, 'integer')}}`);
    const head = base.replace('{"type":"integer"}', '{"type":"string"}');
    const changes = await diffPair('nesting', base, head);
    const deepest = '/components/schemas/Deep' + '/properties/nested'.repeat(10_000);
    expect(changes.map((change) => `${change.id} ${change.pointer === deepest ? '<deepest>' : change.pointer}`)).toEqual([
      'response-property-type-changed <deepest>',
    ]);
    const doc = await loadOpenApi('nesting_base.json', { root: dir });
    expect(doc.diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'openapi/too-deep-to-validate',
        message: 'not checked against the OpenAPI 3.0 schema: 20,004 levels of nesting (the validator takes 500)',
        location: { file: 'nesting_base.json', line: 1 },
        pointer: `${deepest}/type`,
      },
    ]);
  });

  it('a default value nested 10,000 levels deep, changed at its innermost point', async () => {
    const value = (leaf: number): string => '{"a":'.repeat(10_000) + String(leaf) + '}'.repeat(10_000);
    const schema = (leaf: number): string => `{"type":"object","default":${value(leaf)}}`;
    const base = description({}, { $ref: '#/components/schemas/D' }).replace('"schemas":{}', `"schemas":{"D":${schema(1)}}`);
    const changes = await diffPair('deep-default', base, base.replace(value(1), value(2)));
    expect(changes.map((change) => `${change.id} ${change.pointer}`)).toEqual(['response-body-default-value-changed /components/schemas/D']);
  });

  it('external $refs in a document nested deeper than their resolver takes: exit 2 naming the deepest point', async () => {
    const nested = '{"type":"object","properties":{"nested":'.repeat(600) + '{"$ref":"other.json#/X"}' + '}}'.repeat(600);
    await writeFile(path.join(dir, 'other.json'), '{"X":{"type":"string"}}');
    await writeFile(path.join(dir, 'deep-external.json'), description({}, { type: 'string' }).replace('"schemas":{}', `"schemas":{"D":${nested}}`));
    const error: unknown = await loadOpenApi('deep-external.json', { root: dir }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'openapi/invalid',
      message: 'too deeply nested to follow its external $refs: 1204 levels (at most 1000)',
      location: { file: 'deep-external.json', pointer: `/components/schemas/D${'/properties/nested'.repeat(600)}/$ref` },
    });
  });

  it('3,000 schema violations: one warning each (explaining them was quadratic: 30 s)', async () => {
    const properties = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p${String(i).padStart(4, '0')}`, { type: 'int' }]));
    await writeFile(path.join(dir, 'violations.json'), description({}, { type: 'object', properties }));
    const doc = await loadOpenApi('violations.json', { root: dir });
    const at = '/paths/~1things/get/responses/200/content/application~1json/schema/properties';
    expect([doc.diagnostics.length, doc.diagnostics[0]?.pointer, doc.diagnostics[2999]?.pointer]).toEqual([3000, `${at}/p0000/type`, `${at}/p2999/type`]);
    expect(new Set(doc.diagnostics.map((d) => d.message))).toEqual(new Set(['not valid OpenAPI 3.0: must be one of "array", "boolean", "integer", "number", "object", "string"']));
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
