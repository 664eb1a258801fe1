import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA } from './snapshot-of.js';

const ROOT = fileURLToPath(new URL('../fixtures/flows/route-frameworks', import.meta.url));

describe('api flows on Fastify, Hono and Koa router routes', async () => {
  const { endpoints, apiFlows } = await scanUsages({ root: ROOT, schema: SHOP_SCHEMA, cacheDir: false });

  // A constant (`{ ok: true }`) feeds no field, and a whole query row sent as is (`ctx.body = await db(...).first()`) is
  // not followed: the fields listed are those whose values come from somewhere the flow knows.
  it('reads each framework route call, the framework from the file imports', () => {
    expect(endpoints.map((e) => `${e.location.file}:${e.location.line} ${e.framework} ${e.method} ${e.path} req[${e.fields.request.join(',')}] res[${e.fields.response.join(',')}]`)).toEqual([
      'src/fastify-routes.ts:5 fastify GET /customers/{id} req[] res[contact.email,id]',
      'src/hono-routes.ts:6 hono GET /customers/{id}/name req[] res[name]',
      'src/koa-routes.ts:6 koa POST /customers req[email,fullName] res[]',
      'src/koa-routes.ts:12 koa GET /customers/{id} req[] res[]',
    ]);
  });

  it('follows the column into reply.send (nested field), c.json, and from ctx.request.body into the insert', () => {
    expect(apiFlows.map((f) => `${f.column.table}.${f.column.column} ${f.endpoint.framework} ${f.endpoint.method} ${f.endpoint.path} ${f.direction} .${f.path} hops=${f.chain.length}`)).toEqual([
      'customers.email fastify GET /customers/{id} response .contact.email hops=4',
      'customers.email koa POST /customers request .email hops=2',
      'customers.full_name hono GET /customers/{id}/name response .name hops=4',
      'customers.full_name koa POST /customers request .fullName hops=2',
      'customers.id fastify GET /customers/{id} response .id hops=4',
    ]);
  });
});
