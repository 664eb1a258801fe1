/**
 * A deterministic OpenAPI 3.0 description the size and shape of Twilio's `api_v2010` (about 2 MB of JSON: some
 * 100 resources under `/2010-04-01/Accounts/{AccountSid}/`, each with list, create, fetch, update and delete,
 * form-encoded request bodies, paged lists and wide response schemas full of enums and nullable fields).
 * `revision` 1 is a later version with a realistic handful of breaking and non-breaking changes.
 */
export function twilioSizeSpec(revision: 0 | 1): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let r = 0; r < 100; r++) {
    const name = `Resource${String(r).padStart(3, '0')}`;
    const collection = `/2010-04-01/Accounts/{AccountSid}/${name}s.json`;
    const item = `/2010-04-01/Accounts/{AccountSid}/${name}s/{Sid}.json`;
    const accountSid = { name: 'AccountSid', in: 'path', required: true, description: 'The SID of the Account.', schema: { type: 'string', minLength: 34, maxLength: 34, pattern: '^AC[0-9a-fA-F]{32}$' } };
    const sid = { ...accountSid, name: 'Sid', description: `The SID of the ${name}.` };
    const ref = { $ref: `#/components/schemas/${name}` };
    const ok = (schema: unknown): unknown => ({ description: 'OK', content: { 'application/json': { schema } } });
    const form = {
      required: r % 3 === 0,
      content: {
        'application/x-www-form-urlencoded': {
          schema: {
            type: 'object',
            title: `Create${name}Request`,
            properties: Object.fromEntries(
              Array.from({ length: 12 }, (_, p) => [`Field${p}`, { type: p % 4 === 0 ? 'integer' : 'string', description: `Field ${p} of ${name}.` }]),
            ),
            ...(r % 3 === 0 ? { required: ['Field0'] } : {}),
          },
        },
      },
    };
    const paging = ['PageSize', 'Page', 'PageToken'].map((param, p) => ({
      name: param,
      in: 'query',
      description: `${param} of the list.`,
      schema: p === 2 ? { type: 'string' } : { type: 'integer', minimum: p === 0 ? 1 : 0, maximum: p === 0 ? (revision === 1 && r === 7 ? 500 : 1000) : undefined },
    }));
    paths[collection] = {
      get: {
        operationId: `List${name}`,
        parameters: [accountSid, ...paging],
        responses: {
          200: ok({
            type: 'object',
            properties: {
              [`${name.toLowerCase()}s`]: { type: 'array', items: ref },
              end: { type: 'integer' },
              first_page_uri: { type: 'string' },
              next_page_uri: { type: 'string', nullable: true },
              page: { type: 'integer' },
              page_size: { type: 'integer' },
              previous_page_uri: { type: 'string', nullable: true },
              start: { type: 'integer' },
              uri: { type: 'string' },
            },
          }),
        },
      },
      post: { operationId: `Create${name}`, parameters: [accountSid], requestBody: form, responses: { 201: ok(ref) } },
    };
    paths[item] = {
      get: { operationId: `Fetch${name}`, parameters: [accountSid, sid], responses: { 200: ok(ref) } },
      post: { operationId: `Update${name}`, parameters: [accountSid, sid], requestBody: { ...form, required: false }, responses: { 200: ok(ref) } },
      ...(revision === 1 && r === 42 ? {} : { delete: { operationId: `Delete${name}`, parameters: [accountSid, sid], responses: { 204: { description: 'Deleted' } } } }),
    };
    const properties: Record<string, unknown> = {};
    for (let p = 0; p < 60; p++) {
      if (revision === 1 && r % 25 === 3 && p === 59) continue;
      const kind = p % 6;
      properties[`property_${p}`] =
        kind === 0
          ? { type: 'string', nullable: true, description: `The ${p}th property of ${name}, an ISO 8601 date.`, format: 'date-time' }
          : kind === 1
            ? { type: 'string', enum: ['queued', 'ringing', 'in-progress', 'completed', 'busy', 'failed', ...(revision === 1 && r === 11 && p === 1 ? ['canceled'] : [])], description: 'The status.' }
            : kind === 2
              ? { type: 'integer', nullable: true, description: 'A count.' }
              : kind === 3
                ? { type: 'object', nullable: true, description: 'Related resources.', additionalProperties: { type: 'string', format: 'uri' } }
                : kind === 4
                  ? { type: 'string', minLength: 34, maxLength: 34, pattern: '^[A-Z]{2}[0-9a-fA-F]{32}$', nullable: true, description: 'A related SID.' }
                  : { type: 'string', nullable: true, description: `Free text ${p} with a longer description so that the document reaches the size of the real one.` };
    }
    schemas[name] = { type: 'object', properties, ...(revision === 1 && r === 5 ? { required: ['property_4'] } : {}) };
  }
  return {
    openapi: '3.0.1',
    info: { title: 'Twilio - Api (Twilio-size synthetic)', version: revision === 0 ? '1.50.0' : '1.51.0' },
    servers: [{ url: 'https://api.twilio.com' }],
    security: [{ accountSid_authToken: [] }],
    paths,
    components: { schemas, securitySchemes: { accountSid_authToken: { type: 'http', scheme: 'basic' } } },
  };
}
