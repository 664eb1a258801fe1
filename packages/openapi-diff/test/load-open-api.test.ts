import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRippleError, type RippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { indexApiFields, loadOpenApi } from '../src/index.js';
import { refuseRemoteRef } from '../src/load/refuse-remote-ref.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function loadError(file: string): Promise<RippleError> {
  const error: unknown = await loadOpenApi(file, { root }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isRippleError(error)) throw new Error(`expected a RippleError, got ${String(error)}`);
  return error;
}

describe('loadOpenApi: bad input names the file and the place', () => {
  it('a missing file', async () => {
    const error = await loadError('fixtures/invalid/does-not-exist.yaml');
    expect([error.code, error.location]).toEqual(['openapi/invalid', { file: 'fixtures/invalid/does-not-exist.yaml', pointer: '' }]);
    expect(error.message).toMatch(/^cannot read the description: /);
  });

  it('a YAML syntax error, with its line', async () => {
    const error = await loadError('fixtures/invalid/yaml-syntax-error.yaml');
    expect([error.code, error.location]).toEqual(['openapi/invalid', { file: 'fixtures/invalid/yaml-syntax-error.yaml', pointer: '', line: 9 }]);
  });

  it('a document that is not an object', async () => {
    const error = await loadError('fixtures/invalid/not-an-object.yaml');
    expect([error.code, error.message, error.location]).toEqual([
      'openapi/invalid',
      'cannot parse the description: "fixtures/invalid/not-an-object.yaml" is not a valid JSON Schema',
      { file: 'fixtures/invalid/not-an-object.yaml', pointer: '' },
    ]);
  });

  it('a document without an OpenAPI or Swagger version', async () => {
    const error = await loadError('fixtures/invalid/no-version.yaml');
    expect([error.code, error.message, error.location]).toEqual([
      'openapi/invalid',
      'not an OpenAPI description: no \'openapi: 3.x\' or \'swagger: "2.0"\' version',
      { file: 'fixtures/invalid/no-version.yaml', pointer: '' },
    ]);
  });

  it('a $ref that does not resolve, with the pointer of the $ref', async () => {
    const error = await loadError('fixtures/invalid/missing-ref.yaml');
    expect([error.code, error.message, error.location]).toEqual([
      'openapi/invalid',
      "$ref '#/components/schemas/Customer' does not resolve",
      { file: 'fixtures/invalid/missing-ref.yaml', pointer: '/paths/~1customers/get/responses/200/content/application~1json/schema/$ref' },
    ]);
  });
});

describe('loadOpenApi: invalid but diffable descriptions load, each violation a warning (as oasdiff)', () => {
  const operation = '/paths/~1customers/get';
  const schema = `${operation}/responses/200/content/application~1json/schema`;
  it.each([
    ['operation-without-responses', operation, "missing required property 'responses'"],
    ['response-without-description', `${operation}/responses/200`, "missing required property 'description'"],
    ['path-parameter-not-required', '/paths/~1customers~1{id}/get/parameters/0/required', 'a path parameter must have required: true'],
    ['type-int', `${schema}/properties/id/type`, 'must be one of "array", "boolean", "integer", "number", "object", "string"'],
    ['required-empty', `${schema}/required`, 'must NOT have fewer than 1 items'],
    ['non-string-title', `${schema}/title`, 'must be string'],
    ['yaml-null', `${operation}/responses/200/description`, 'must be string'],
    ['unknown-field', `${operation}/responses/200`, "unexpected property 'contnet'"],
    // swagger-parser refuses this one; with its schema in another file it goes through the resolver too.
    ['numeric-info-version', '/info/version', 'must be string'],
  ])('%s', async (name, pointer, message) => {
    const file = `fixtures/lenient/${name}.yaml`;
    const doc = await loadOpenApi(file, { root });
    expect(doc.diagnostics).toEqual([
      { kind: 'diagnostic', code: 'openapi/schema-violation', message: `not valid OpenAPI 3.0: ${message}`, location: { file, line: 1 }, pointer },
    ]);
    expect(doc.operations.map((op) => op.key)).toEqual([name === 'path-parameter-not-required' ? 'GET /customers/{id}' : 'GET /customers']);
  });
});

describe('loadOpenApi: the same endpoint twice once path parameter names are ignored', () => {
  it('is a warning naming both, at the later one (oasdiff refuses it without --include-path-params)', async () => {
    const file = 'fixtures/rules/duplicate-endpoints_base.yaml';
    const doc = await loadOpenApi(file, { root });
    expect(doc.diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'openapi/duplicate-endpoint',
        message:
          'GET /orders/{orderNumber} is the same endpoint as GET /orders/{id} once path parameter names are ignored (OpenAPI forbids it): each is compared with the operation of the same written path',
        location: { file, line: 1 },
        pointer: '/paths/~1orders~1{orderNumber}/get',
      },
    ]);
  });
});

describe('refuseRemoteRef: addresses a description may not make ripple fetch', () => {
  it.each([
    ['http://localhost:8080/a.yaml', 'localhost is a loopback address'],
    ['http://127.0.0.1/a.yaml', '127.0.0.1 is a loopback address'],
    ['http://[::1]/a.yaml', '::1 is a loopback address'],
    ['http://10.1.2.3/a.yaml', '10.1.2.3 is a private-network address'],
    ['http://172.20.0.1/a.yaml', '172.20.0.1 is a private-network address'],
    ['http://192.168.1.1/a.yaml', '192.168.1.1 is a private-network address'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a link-local address'],
    ['http://[fe80::1]/a.yaml', 'fe80::1 is a link-local address'],
    ['http://[fd00::1]/a.yaml', 'fd00::1 is a private-network address'],
    ['http://[::ffff:127.0.0.1]/a.yaml', '::ffff:7f00:1 is a loopback address'],
    ['http://0.0.0.0/a.yaml', '0.0.0.0 is an unspecified address'],
    ['https://93.184.215.14/a.yaml', undefined],
  ])('%s', async (url, reason) => {
    expect(await refuseRemoteRef(url)).toBe(reason);
  });
});

describe('loadOpenApi: lenient for 3.1 too', () => {
  it('a path parameter without required and a response without description, two warnings', async () => {
    const file = 'fixtures/lenient/openapi-3-1.yaml';
    const doc = await loadOpenApi(file, { root });
    expect(doc.diagnostics.map((d) => `${d.pointer} ${d.message}`)).toEqual([
      '/paths/~1customers~1{id}/get/parameters/0/required not valid OpenAPI 3.1: a path parameter must have required: true',
      "/paths/~1customers~1{id}/get/responses/200 not valid OpenAPI 3.1: missing required property 'description'",
    ]);
    expect(doc.operations[0]?.parameters.map((p) => [p.name, p.required])).toEqual([['id', true]]);
  });
});

describe('loadOpenApi: a 3.1 path item that is a $ref', () => {
  it("is valid, though the official 3.1 JSON Schema's path-item has no $ref (hatchet's paths: 110 warnings); a components.schemas that is a $ref still is not", async () => {
    const doc = await loadOpenApi('fixtures/fields/split-components/openapi.yaml', { root });
    expect(doc.diagnostics.map((d) => `${d.pointer} ${d.message}`)).toEqual([
      '/components/schemas not valid OpenAPI 3.1: must match pattern "^[a-zA-Z0-9._-]+$"',
      '/components/schemas not valid OpenAPI 3.1: property name must be valid',
      '/components/schemas/$ref not valid OpenAPI 3.1: must be object,boolean',
    ]);
  });
});

describe('loadOpenApi: lenient for 2.0 too, one warning per mistake (not one per oneOf alternative)', () => {
  it('a path parameter without required, a response without description, type int, required [], title 5', async () => {
    const doc = await loadOpenApi('fixtures/lenient/swagger-2-0.yaml', { root });
    const schema = '/paths/~1a~1{id}/get/responses/200/schema';
    expect(doc.diagnostics.map((d) => `${d.pointer} ${d.message}`)).toEqual([
      '/paths/~1a~1{id}/get/parameters/0/required not valid OpenAPI 2.0: a path parameter must have required: true',
      "/paths/~1a~1{id}/get/responses/200 not valid OpenAPI 2.0: missing required property 'description'",
      `${schema}/properties/n/type not valid OpenAPI 2.0: must be one of "array", "boolean", "integer", "null", "number", "object", "string"`,
      `${schema}/required not valid OpenAPI 2.0: must NOT have fewer than 1 items`,
      `${schema}/title not valid OpenAPI 2.0: must be string`,
    ]);
  });
});

describe('loadOpenApi: versions, files and cycles', () => {
  it('follows references into other files, keeps their file names, and survives cycles across files (3.1)', async () => {
    const doc = await loadOpenApi('fixtures/load/split-root.yaml', { root });
    expect([doc.file, doc.version]).toEqual(['fixtures/load/split-root.yaml', '3.1']);
    expect(doc.operations[0]?.parameters[0]).toMatchObject({ name: 'id', in: 'path', file: 'fixtures/load/components/parameters.yaml', pointer: '/OrderId' });
    const order = doc.schemas.find((schema) => schema.pointer === '/Order');
    expect(order?.properties.map((property) => property.name)).toEqual(['id', 'lines', 'total']);
    const total = doc.schemas[order?.properties[2]?.schema ?? -1];
    expect([total?.types, total?.nullable]).toEqual([['number'], true]);
    expect(indexApiFields(doc).map((field) => `${field.direction} ${field.path} ${field.file}#${field.pointer}`)).toEqual([
      'request id fixtures/load/components/parameters.yaml#/OrderId',
      'response id fixtures/load/components/schemas.yaml#/Order/properties/id',
      'response lines fixtures/load/components/schemas.yaml#/Order/properties/lines',
      'response lines[].parent fixtures/load/components/schemas.yaml#/OrderLine/properties/parent',
      'response lines[].sku fixtures/load/components/schemas.yaml#/OrderLine/properties/sku',
      'response total fixtures/load/components/schemas.yaml#/Order/properties/total',
    ]);
  });

  it('follows references to URLs only when allowed (internal ones never from the CLI), and references inside them relative to their URL', async () => {
    const server = createServer((request, response) => {
      readFile(path.join(root, 'fixtures/load', path.normalize(request.url ?? '/'))).then(
        (content) => response.writeHead(200, { 'content-type': 'application/yaml' }).end(content),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dir = await mkdtemp(path.join(tmpdir(), 'ripple-openapi-remote-'));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const spec = [
        'openapi: 3.1.0',
        'info: { title: Remote, version: "1" }',
        'paths:',
        '  /orders/{id}:',
        '    get:',
        '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
        '      responses:',
        '        "200":',
        '          description: One order',
        `          content: { application/json: { schema: { $ref: "${origin}/remote/schemas.yaml#/Order" } } }`,
      ].join('\n');
      await writeFile(path.join(dir, 'openapi.yaml'), spec);
      const where = { file: 'openapi.yaml', pointer: '/paths/~1orders~1{id}/get/responses/200/content/application~1json/schema/$ref' };
      // Remote references are off by default.
      await expect(loadOpenApi('openapi.yaml', { root: dir })).rejects.toMatchObject({
        code: 'openapi/remote-ref',
        message: `$ref to ${origin}/remote/schemas.yaml not followed: remote references are off (turn them on with --allow-remote-refs or allowRemoteRefs in ripple.config.json)`,
        location: where,
      });
      // Turned on, a loopback address is still refused, and the message says why.
      await expect(loadOpenApi('openapi.yaml', { root: dir, allowRemoteRefs: true })).rejects.toMatchObject({
        code: 'openapi/remote-ref',
        message: `$ref to ${origin}/remote/schemas.yaml not followed: 127.0.0.1 is a loopback address, refused even with --allow-remote-refs`,
        location: where,
      });
      const doc = await loadOpenApi('openapi.yaml', { root: dir, allowRemoteRefs: true, allowInternalUrls: true });
      expect(indexApiFields(doc).map((field) => `${field.direction} ${field.path} ${field.file}#${field.pointer}`)).toEqual([
        'request id openapi.yaml#/paths/~1orders~1{id}/get/parameters/0',
        `response id ${origin}/components/schemas.yaml#/Order/properties/id`,
        `response lines ${origin}/components/schemas.yaml#/Order/properties/lines`,
        `response lines[].parent ${origin}/components/schemas.yaml#/OrderLine/properties/parent`,
        `response lines[].sku ${origin}/components/schemas.yaml#/OrderLine/properties/sku`,
        `response total ${origin}/components/schemas.yaml#/Order/properties/total`,
      ]);
    } finally {
      server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('folds Swagger 2.0 body, formData, produces and collectionFormat into the same model', async () => {
    const doc = await loadOpenApi(path.join(root, 'fixtures/load/petstore-swagger2.yaml'), { root });
    expect(doc.version).toBe('2.0');
    const [list, create] = doc.operations.filter((operation) => operation.path === '/pets');
    const upload = doc.operations.find((operation) => operation.path === '/pets/{id}/photo');
    expect(list?.parameters.map((p) => `${p.in} ${p.name} ${p.style} ${p.explode} ${p.required}`)).toEqual([
      'query limit form false false',
      'query tags form true false',
    ]);
    expect(doc.schemas[list?.parameters[0]?.schema ?? -1]).toMatchObject({ types: ['integer'], format: 'int32', maximum: { value: 100, exclusive: false } });
    expect(list?.responses[0]?.headers.map((header) => header.name)).toEqual(['x-rate-limit']);
    expect(list?.responses[0]?.content.map((media) => media.type)).toEqual(['application/json']);
    expect(create?.requestBody).toMatchObject({ required: true, pointer: '/paths/~1pets/post/parameters/0' });
    expect(upload?.requestBody?.content.map((media) => media.type)).toEqual(['multipart/form-data']);
    const form = doc.schemas[upload?.requestBody?.content[0]?.schema ?? -1];
    expect([form?.properties.map((p) => p.name), form?.required]).toEqual([['caption', 'file'], ['caption']]);
    const pet = doc.componentSchemas.find((schema) => schema.name === 'Pet');
    const tag = doc.schemas[doc.schemas[pet?.schema ?? -1]?.properties.find((p) => p.name === 'tag')?.schema ?? -1];
    expect(tag?.nullable).toBe(true);
  });
});
