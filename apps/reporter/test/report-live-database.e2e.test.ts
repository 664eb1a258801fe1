import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImpactReport } from '@ripple/model';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The throwaway-cluster helper of db-schema's real-server tests: one way to start PostgreSQL in tests.
import { postgresUnavailableReason, startPostgresServer, type PostgresServer } from '../../../packages/db-schema/test/postgres-server.js';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';

const shop = resolve(import.meta.dirname, '../../../fixtures/shop');
const unavailable = postgresUnavailableReason();

/** A "production" database: the shop's base migrations, then what people did by hand that no migration records. */
async function provisionProduction(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const file of ['0001_create_customers', '0002_create_products', '0003_create_orders', '0004_create_reporting_views']) {
      await client.query(await readFile(join(shop, 'db/migrations', `${file}.up.sql`), 'utf8'));
    }
    await client.query('CREATE VIEW ops_customer_contacts AS SELECT id, email FROM customers');
    await client.query('CREATE INDEX customers_email_created_idx ON customers (email, created_at)');
    await client.query(
      'CREATE FUNCTION ops_customer_by_email(address text) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT id FROM customers WHERE email = address); END $$',
    );
    await client.query('ALTER TABLE orders DROP COLUMN legacy_status');
  } finally {
    await client.end();
  }
}

async function objectNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT c.relname || ':' || a.attname AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1",
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe.skipIf(unavailable !== undefined)('ripple report --db-url: a live database as the base schema', () => {
  let server: PostgresServer;

  beforeAll(async () => {
    server = await startPostgresServer();
    await provisionProduction(server.url);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('counts the objects only production has, reports drift, and leaves the database as it was', async () => {
    const before = await objectNames(server.url);
    const io = recordingIo();
    expect(await run(['report', '--repo', shop, '--db-url', server.url, '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as ImpactReport;

    const email = report.changes.find((change) => change.id === 'column-renamed:public.customers.email');
    // Views and indexes (production's own among them) follow the rename; the function production has, whose body
    // names the column, breaks.
    expect(email?.consumers.filter((consumer) => consumer.kind === 'db-object').map((consumer) => consumer.object)).toEqual(['function public.ops_customer_by_email']);
    const price = report.changes.find((change) => change.id === 'column-type-changed:public.order_items.price');
    expect(price?.consumers.filter((consumer) => consumer.kind === 'db-object').map((consumer) => consumer.object)).toEqual(['view public.order_totals']);
    expect(report.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.location.file, diagnostic.location.line])).toEqual([
      ['db/drift', 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql', 5],
    ]);
    expect(report.diagnostics[0]?.message).toMatch(/public\.orders\.legacy_status .* does not exist in postgres:\/\/.*127\.0\.0\.1/);
    expect(io.err()).toMatch(/reading the base schema from postgres:\/\/.*\(read-only\)/);
    expect(await objectNames(server.url)).toEqual(before);
  });
});
