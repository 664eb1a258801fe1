import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SystemMap, SystemMapDiff } from '@ripple/model';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const shop = join(repoRoot, 'fixtures/shop');

async function map(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo();
  const code = await run(['map', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const first = await map(['--repo', shop, '--format', 'json']);
const shopMap = JSON.parse(first.out) as SystemMap;

/** `table.column` -> service -> accesses: the whole matrix, as checked by hand against fixtures/shop. */
function matrixOf(system: SystemMap): Record<string, Record<string, string>> {
  return Object.fromEntries(
    system.tables.flatMap((table) => table.columns.map((column) => [`${table.table}.${column.column}`, Object.fromEntries(column.cells.map((cell) => [cell.service, cell.access.join(' ')]))])),
  );
}

describe('ripple map on fixtures/shop', () => {
  it('gives the matrix known by hand (head schema: email renamed to email_address, legacy_status dropped)', () => {
    expect(first.code).toBe(0);
    expect(matrixOf(shopMap)).toEqual({
      'public.customers.id': { billing: 'definition filter', 'nightly-export': 'read order', 'orders-api': 'definition read filter' },
      'public.customers.email_address': {},
      'public.customers.full_name': { billing: 'definition read', 'nightly-export': 'read', 'orders-api': 'definition read' },
      'public.customers.created_at': { 'nightly-export': 'read filter', 'orders-api': 'definition' },
      'public.customers.email': { billing: 'definition read', 'nightly-export': 'read', 'orders-api': 'definition read filter' },
      'public.order_items.id': { billing: 'definition', 'nightly-export': 'order', 'orders-api': 'definition' },
      'public.order_items.order_id': { billing: 'definition filter', 'nightly-export': 'filter', 'orders-api': 'definition' },
      'public.order_items.product_id': { 'nightly-export': 'read', 'orders-api': 'definition' },
      'public.order_items.quantity': { billing: 'definition read', 'nightly-export': 'read', 'orders-api': 'definition read' },
      'public.order_items.price': { billing: 'definition read', 'nightly-export': 'read', 'orders-api': 'definition read' },
      'public.orders.id': { billing: 'definition read filter', 'nightly-export': 'read filter order', 'orders-api': 'definition read filter' },
      'public.orders.customer_id': { billing: 'definition filter', 'orders-api': 'definition' },
      'public.orders.status': { billing: 'definition', 'orders-api': 'definition read' },
      'public.orders.placed_at': { billing: 'definition filter', 'nightly-export': 'filter', 'orders-api': 'definition' },
      'public.orders.legacy_status': { 'nightly-export': 'read', 'orders-api': 'definition write' },
      'public.products.id': { 'orders-api': 'definition' },
      'public.products.sku': { 'orders-api': 'definition' },
      'public.products.name': { 'orders-api': 'definition' },
      'public.products.price_cents': { 'orders-api': 'definition' },
      'public.products.active': { 'orders-api': 'definition' },
    });
    expect(shopMap.tables.map((table) => [table.table, table.kind, table.services.join(',')])).toEqual([
      ['public.customer_emails', 'view', ''],
      ['public.customers', 'table', 'billing,nightly-export,orders-api'],
      ['public.order_items', 'table', 'billing,nightly-export,orders-api'],
      ['public.order_totals', 'view', ''],
      ['public.orders', 'table', 'billing,nightly-export,orders-api'],
      ['public.products', 'table', 'orders-api'],
    ]);
    expect(shopMap.sharedTables.map((shared) => shared.table)).toEqual(['public.customers', 'public.order_items', 'public.orders']);
    expect(shopMap.tables.find((table) => table.table === 'public.customers')!.columns.find((column) => column.column === 'email_address')!.dbObjects).toEqual(['view public.customer_emails']);
  });

  it('has no dead column (the renamed email_address is read by a view; products is mapped whole by a TypeORM entity)', () => {
    expect(shopMap.deadColumns).toEqual([]);
    // 73: the nightly export's call exportCustomers(client, since) filters customers.created_at through its parameter.
    expect(shopMap.evidence).toMatchObject({ services: 3, filesWithUsages: 12, usages: 73, schemaSource: '5 migrations in db/migrations' });
  });

  it('lists as drift every consumer of the renamed and dropped columns, at its file and line', () => {
    expect(shopMap.drift.map((drift) => [`${drift.table}.${drift.column}`, drift.kind, drift.consumers.map((consumer) => `${consumer.kind} ${consumer.file}:${consumer.line} ${consumer.access}`)])).toEqual([
      [
        'public.customers.email',
        'column-missing',
        [
          'job jobs/nightly-export/src/export.ts:13 read',
          'code services/billing/src/invoice.ts:21 read',
          'code services/billing/src/schema.ts:5 definition',
          'code services/orders-api/src/customers/customer-lookup.ts:11 read',
          'code services/orders-api/src/customers/customer-lookup.ts:11 filter',
          'code services/orders-api/src/customers/customers.router.ts:14 read',
          'code services/orders-api/src/entities/customer.entity.ts:10 definition',
        ],
      ],
      [
        'public.orders.legacy_status',
        'column-missing',
        ['job jobs/nightly-export/sql/order-lines.sql:3 read', 'code services/orders-api/src/entities/order.entity.ts:21 definition', 'code services/orders-api/src/orders/legacy-status-sync.ts:13 write'],
      ],
    ]);
  });

  it('joins the API operations to their tables', () => {
    expect(shopMap.operations.map((operation) => `${operation.service}: ${operation.operation} -> ${operation.tables.join(', ')}`)).toEqual([
      'orders-api: GET /customers -> public.customers',
      'orders-api: GET /customers/{id} -> public.customers',
      'orders-api: GET /orders/{id} -> public.order_items, public.orders',
    ]);
  });

  it('validates against docs/system-map.schema.json, and the same tree gives the same bytes', async () => {
    const schema = JSON.parse(await readFile(join(repoRoot, 'docs/system-map.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(shopMap), JSON.stringify(validate.errors)).toBe(true);
    expect((await map(['--repo', shop, '--format', 'json'])).out).toBe(first.out);
  });

  it('renders text and markdown from the same model', async () => {
    const text = await map(['--repo', shop, '--format', 'text']);
    expect(text.out).toContain('Ripple system map: 6 tables, 3 services, 3 shared tables, 0 dead-column candidates, 2 drift columns');
    expect(text.out).toMatch(/ {4}id {13}bigint {20}DR {7}R {15}DR\n/);
    const markdown = await map(['--repo', shop, '--format', 'markdown']);
    expect(markdown.out).toContain('| `public.customers.email` | column | `jobs/nightly-export/src/export.ts:13` nightly-export read');
  });

  it('with --base REF, shows the coupling a commit adds: billing starts writing products, which orders-api only maps (so it is not shared)', async () => {
    const repo = await tempDir('map-git');
    await cp(shop, repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    await writeFile(
      join(repo, 'services/billing/src/products-sync.ts'),
      "import { pool } from './db.js';\n\nexport async function retireProduct(sku: string): Promise<void> {\n  await pool.query('UPDATE products SET active = false WHERE sku = $1', [sku]);\n}\n",
    );
    const result = await map(['--repo', repo, '--base', 'HEAD', '--format', 'json']);
    expect(result.err).toContain('mapping the base tree HEAD');
    const diff = JSON.parse(result.out) as SystemMapDiff;
    expect(diff.kind).toBe('system-map-diff');
    expect(diff.tableUsers).toEqual([{ change: 'added', table: 'public.products', service: 'billing' }]);
    expect(diff.columnAccess).toEqual([
      { table: 'public.products', column: 'active', service: 'billing', added: ['write'], removed: [] },
      { table: 'public.products', column: 'sku', service: 'billing', added: ['filter'], removed: [] },
    ]);
    expect(diff.sharedTables).toEqual({ added: [], removed: [] });

    // A saved map diffs the same way, without git.
    const saved = join(repo, 'base-map.json');
    await writeFile(saved, first.out);
    const fromFile = JSON.parse((await map(['--repo', repo, '--base', saved, '--format', 'json'])).out) as SystemMapDiff;
    expect(fromFile.tableUsers).toEqual(diff.tableUsers);
    expect((await map(['--repo', repo, '--base', saved, '--format', 'text'])).out).toContain('+ billing uses public.products');
  });

  it('rejects a saved base that is no map, naming the file, exit 2 and no stack', async () => {
    const dir = await tempDir('map-bad');
    const file = join(dir, 'report.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, changes: [] }));
    const result = await map(['--repo', shop, '--base', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${file}: not a map saved by ripple map --format json`);
    expect(result.err).not.toContain('    at ');
  });
});
