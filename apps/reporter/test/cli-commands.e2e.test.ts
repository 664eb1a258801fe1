import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ApiChange, Diagnostic, ImpactReport, SchemaSnapshot, Usage } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

const shop = resolve(import.meta.dirname, '../../../fixtures/shop');
const baseSpec = join(shop, 'openapi/base.yaml');
const headSpec = join(shop, 'openapi/head.yaml');
const ruleFixtures = resolve(import.meta.dirname, '../../../packages/openapi-diff/fixtures/rules');

async function ripple(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

function apiSummary(changes: readonly ApiChange[]): string[] {
  return changes.map((change) => `${change.level} ${change.id} ${change.operation} ${change.pointer}`);
}

describe('ripple api-diff', () => {
  it('classifies the shop API rename: the removed required field breaks GET /customers/{id}', async () => {
    const result = await ripple(['api-diff', baseSpec, headSpec, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as ImpactReport;
    expect(report.changes).toEqual([]);
    expect(apiSummary(report.apiChanges)).toEqual([
      'error response-required-property-removed GET /customers/{id} /components/schemas/Customer/properties/email',
      'info response-required-property-added GET /customers/{id} /components/schemas/Customer/properties/emailAddress',
    ]);
    expect(report.apiChanges[0]?.file).toMatch(/fixtures\/shop\/openapi\/base\.yaml$/);
  });

  it('exits 1 when a change reaches --fail-on, and 0 once an ignore file accepts it', async () => {
    expect((await ripple(['api-diff', baseSpec, headSpec, '--fail-on', 'error', '--format', 'text'])).code).toBe(1);
    const first = JSON.parse((await ripple(['api-diff', baseSpec, headSpec, '--format', 'json'])).out) as ImpactReport;
    const dir = await tempDir('api-diff');
    const ignore = join(dir, 'api-ignore.txt');
    await writeFile(ignore, `# accepted\n${first.apiChanges[0]!.fingerprint}  v2 clients read emailAddress since March\n`);
    const accepted = await ripple(['api-diff', baseSpec, headSpec, '--fail-on', 'error', '--ignore', ignore, '--format', 'json']);
    expect(accepted.code).toBe(0);
    expect(apiSummary((JSON.parse(accepted.out) as ImpactReport).apiChanges)).toEqual([
      'info response-required-property-added GET /customers/{id} /components/schemas/Customer/properties/emailAddress',
    ]);
  });

  it('says no API change for identical descriptions, in text', async () => {
    const result = await ripple(['api-diff', baseSpec, baseSpec, '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ripple: 0 column changes, 0 consumers/);
  });

  it.each([
    ['one description only', ['api-diff', baseSpec], /^ripple: api-diff: give exactly two descriptions, BASE and HEAD\n$/],
    ['a missing file', ['api-diff', baseSpec, 'no/such/spec.yaml'], /^ripple: no\/such\/spec\.yaml.*cannot read/],
    ['a bad ignore line', ['api-diff', baseSpec, headSpec, '--ignore', join(shop, 'ripple.config.json')], /ripple\.config\.json:1: .*a reason is required/],
    ['days that are no number', ['api-diff', baseSpec, headSpec, '--deprecation-days-beta', 'ten'], /^ripple: --deprecation-days-beta must be a whole number of days, 0 or more \(got ten\)\n$/],
    ['negative days', ['api-diff', baseSpec, headSpec, '--deprecation-days-stable=-3'], /--deprecation-days-stable must be a whole number of days/],
    ['no stability level', ['api-diff', baseSpec, headSpec, '--stability-level', 'ga'], /^ripple: --stability-level must be one of draft, alpha, beta, stable \(got ga\)\n$/],
  ] as const)('%s exits 2 with one clear line', async (_name, argv, message) => {
    const result = await ripple(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("takes oasdiff's deprecation policy and stability threshold by its flag names", async () => {
    const pair = (name: string) => [join(ruleFixtures, `${name}_base.yaml`), join(ruleFixtures, `${name}_revision.yaml`)];
    const ids = async (argv: readonly string[]) =>
      (JSON.parse((await ripple(['api-diff', ...argv, '--today', '2026-12-01', '--format', 'json'])).out) as ImpactReport).apiChanges.map((change) => change.id);
    expect(await ids(pair('api-deprecated-sunset-missing'))).toEqual(['endpoint-deprecated']);
    expect(await ids([...pair('api-deprecated-sunset-missing'), '--deprecation-days-stable', '30'])).toEqual(['api-deprecated-sunset-missing']);
    expect(await ids([...pair('api-sunset-date-too-small'), '--deprecation-days-stable', '30'])).toEqual(['api-sunset-date-too-small']);
    expect(await ids([...pair('api-sunset-date-too-small'), '--deprecation-days-stable', '9'])).toEqual(['endpoint-deprecated-with-sunset']);
    expect(await ids(pair('response-property-stability-increased'))).toEqual(['response-property-stability-increased']);
    // alpha to stable: the property leaves alpha, below the beta threshold.
    expect(await ids([...pair('response-property-stability-increased'), '--stability-level', 'beta'])).toEqual([]);
  });

  it("takes oasdiff's --severity-levels file: --fail-on judges the levels it sets; a bad line exits 2 naming the file and line", async () => {
    const dir = await tempDir('api-diff');
    const levels = join(dir, 'severity-levels.txt');
    await writeFile(levels, 'response-required-property-removed   WARN\nresponse-required-property-added     none\n');
    const graded = await ripple(['api-diff', baseSpec, headSpec, '--severity-levels', levels, '--fail-on', 'error', '--format', 'json']);
    expect(graded.code).toBe(0);
    expect(apiSummary((JSON.parse(graded.out) as ImpactReport).apiChanges)).toEqual([
      'warning response-required-property-removed GET /customers/{id} /components/schemas/Customer/properties/email',
    ]);
    expect((await ripple(['api-diff', baseSpec, headSpec, '--severity-levels', levels, '--fail-on', 'warning', '--format', 'json'])).code).toBe(1);

    await writeFile(levels, '# gate\nresponse-required-property-removed\n');
    const bad = await ripple(['api-diff', baseSpec, headSpec, '--severity-levels', levels]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(`ripple: ${levels}:2: expected \`<rule-id> <err|warn|info|none>\` (got \`response-required-property-removed\`)\n`);
    const missing = await ripple(['api-diff', baseSpec, headSpec, '--severity-levels', join(dir, 'none.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^ripple: .*none\.txt:1: cannot read the severity-levels file/);
  });

  it("takes oasdiff's --include-path-params: a renamed path parameter is then the old path removed and the new one added", async () => {
    const pair = ['no-change-path-parameter-renamed_base.yaml', 'no-change-path-parameter-renamed_revision.yaml'].map((file) => join(ruleFixtures, file));
    const ids = async (argv: readonly string[]) =>
      (JSON.parse((await ripple(['api-diff', ...pair, ...argv, '--format', 'json'])).out) as ImpactReport).apiChanges.map((change) => `${change.id} ${change.operation}`);
    expect(await ids([])).toEqual([]);
    expect(await ids(['--include-path-params'])).toEqual(['api-path-removed-without-deprecation GET /customers/{id}', 'endpoint-added GET /customers/{customerId}']);
  });

  it('diffs a description that breaks the OpenAPI schema, each violation a warning diagnostic with its pointer', async () => {
    const dir = await tempDir('api-diff');
    const spec = (extra: string) =>
      `openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a/{id}:\n    get:\n      parameters: [{ name: id, in: path, schema: { type: string } }]\n${extra}`;
    await writeFile(join(dir, 'base.yaml'), spec(''));
    await writeFile(join(dir, 'head.yaml'), spec('      responses: { "200": { description: ok } }\n'));
    const result = await ripple(['api-diff', join(dir, 'base.yaml'), join(dir, 'head.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as ImpactReport;
    expect(report.diagnostics.map((d) => [d.code, d.location.file.replace(/^.*\//, ''), d.pointer, d.message])).toEqual([
      ['openapi/schema-violation', 'base.yaml', '/paths/~1a~1{id}/get', "not valid OpenAPI 3.0: missing required property 'responses'"],
      ['openapi/schema-violation', 'base.yaml', '/paths/~1a~1{id}/get/parameters/0/required', 'not valid OpenAPI 3.0: a path parameter must have required: true'],
      ['openapi/schema-violation', 'head.yaml', '/paths/~1a~1{id}/get/parameters/0/required', 'not valid OpenAPI 3.0: a path parameter must have required: true'],
    ]);
    expect(apiSummary(report.apiChanges)).toEqual(['info response-success-status-added GET /a/{id} /paths/~1a~1{id}/get/responses/200']);
    const text = await ripple(['api-diff', join(dir, 'base.yaml'), join(dir, 'head.yaml'), '--format', 'text']);
    expect(text.out).toContain("base.yaml#/paths/~1a~1{id}/get  openapi/schema-violation  not valid OpenAPI 3.0: missing required property 'responses'\n");
  });

  it('does not follow a remote $ref without --allow-remote-refs, and never to a link-local address', async () => {
    const dir = await tempDir('api-diff');
    const spec = join(dir, 'remote.yaml');
    await writeFile(
      spec,
      'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content: { application/json: { schema: { $ref: "http://169.254.169.254/latest/s.yaml#/S" } } }\n',
    );
    const off = await ripple(['api-diff', spec, spec]);
    expect([off.code, off.err.replace(/^ripple: .*remote\.yaml/, 'ripple: remote.yaml')]).toEqual([
      2,
      'ripple: remote.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/$ref: $ref to http://169.254.169.254/latest/s.yaml not followed: remote references are off (turn them on with --allow-remote-refs or allowRemoteRefs in ripple.config.json)\n',
    ]);
    const on = await ripple(['api-diff', spec, spec, '--allow-remote-refs']);
    expect(on.code).toBe(2);
    expect(on.err).toMatch(/not followed: 169\.254\.169\.254 is a link-local address, refused even with --allow-remote-refs\n$/);
  });

  it('names the file and line of a YAML syntax error', async () => {
    const dir = await tempDir('api-diff');
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, 'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\npaths:\n  /a: [unclosed\n');
    const result = await ripple(['api-diff', baseSpec, broken]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/broken\.yaml.*(line|:)\s*\d/);
  });
});

describe('ripple schema', () => {
  it('prints the schema the migrations build on PGlite, as JSON and as text, the same bytes twice', async () => {
    const json = await ripple(['schema', '--migrations', 'db/migrations', '--repo', shop, '--format', 'json']);
    expect(json.code).toBe(0);
    const snapshot = JSON.parse(json.out) as SchemaSnapshot;
    const customers = snapshot.tables.find((table) => table.schema === 'public' && table.name === 'customers');
    expect(customers?.columns.map((column) => column.name)).toEqual(['id', 'email_address', 'full_name', 'created_at']);
    expect(snapshot.tables.find((table) => table.name === 'order_items')?.columns.find((column) => column.name === 'price')?.type).toBe('numeric(12,2)');
    expect((await ripple(['schema', '--migrations', 'db/migrations', '--repo', shop, '--format', 'json'])).out).toBe(json.out);

    const text = await ripple(['schema', '--migrations', 'db/migrations', '--repo', shop, '--format', 'text']);
    expect(text.out).toMatch(/^table public\.customers\n {2}id +bigint +not null +identity always\n {2}email_address +character varying\(320\)/);
  });

  it.each([
    ['neither source', ['schema'], /give exactly one of --migrations DIR or --db-url URL/],
    ['both sources', ['schema', '--migrations', 'db', '--db-url', 'postgres://localhost/x'], /give exactly one of/],
    ['a migrations folder that does not exist', ['schema', '--migrations', 'no/such/dir', '--repo', shop], /no\/such\/dir/],
  ] as const)('%s exits 2 with one clear line', async (_name, argv, message) => {
    const result = await ripple(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('names the host and never the password of an unreachable --db-url', async () => {
    const result = await ripple(['schema', '--db-url', 'postgres://ripple:s3cret-pw@127.0.0.1:1/app']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/127\.0\.0\.1:1/);
    expect(result.err).not.toContain('s3cret-pw');
  });

  it.each([
    ['a password query parameter', 'postgresql://127.0.0.1:1/app?user=u&password=s3cret-pw'],
    ['libpq key/value pairs', 'host=127.0.0.1 port=1 user=u password=s3cret-pw dbname=app'],
  ])('never prints the password of %s', async (_name, url) => {
    const result = await ripple(['schema', '--db-url', url]);
    expect(result.code).toBe(2);
    expect(result.err).not.toContain('s3cret-pw');
    expect(result.err).toMatch(/\*\*\*/);
  });

  it('never prints PGPASSWORD, even in a message Ripple relays', async () => {
    const io = recordingIo({ PGPASSWORD: 'env-s3cret' });
    expect(await run(['schema', '--db-url', 'postgres://u@127.0.0.1:1/env-s3cret'], io)).toBe(2);
    expect(io.err()).not.toContain('env-s3cret');
  });
});

describe('ripple usages', () => {
  const where = (usages: readonly Usage[]) => usages.map((usage) => `${usage.location.file}:${usage.location.line} ${usage.access} ${usage.column.column}`);

  it('lists every site of one column, across ORMs, raw SQL and jobs', async () => {
    const result = await ripple(['usages', 'public.orders.legacy_status', '--repo', shop, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(where((JSON.parse(result.out) as { usages: Usage[] }).usages)).toEqual([
      'jobs/nightly-export/sql/order-lines.sql:3 read legacy_status',
      'services/orders-api/src/entities/order.entity.ts:21 definition legacy_status',
      'services/orders-api/src/orders/legacy-status-sync.ts:13 write legacy_status',
    ]);
  });

  it('takes table.column in public, and schema.table for every column of a table', async () => {
    const one = JSON.parse((await ripple(['usages', 'orders.legacy_status', '--repo', shop, '--format', 'json'])).out) as { usages: Usage[] };
    expect(one.usages).toHaveLength(3);
    const table = JSON.parse((await ripple(['usages', 'public.orders', '--repo', shop, '--format', 'json'])).out) as { usages: Usage[] };
    expect(new Set(table.usages.map((usage) => usage.column.column))).toEqual(new Set(['id', 'customer_id', 'status', 'legacy_status', 'placed_at']));
    expect(table.usages.every((usage) => usage.column.table === 'orders')).toBe(true);
  });

  it('--type-check adds TypeScript\'s errors as code/type-error diagnostics naming file, line and TS code; without it the scan is syntax-only', async () => {
    const broken = resolve(import.meta.dirname, '../../../packages/code-scan/fixtures/code/typeorm/broken-service');
    const diagnostics = async (...flags: string[]) => {
      const result = await ripple(['usages', 'public.customers.email', '--repo', broken, '--format', 'json', ...flags]);
      expect(result.code).toBe(0);
      return (JSON.parse(result.out) as { diagnostics: Diagnostic[] }).diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line} ${d.message}`);
    };
    expect(await diagnostics()).toEqual(["code/syntax-error src/wip.ts:9 src/wip.ts:9: ',' expected. (the rest of the file is scanned as recovered)"]);
    expect(await diagnostics('--type-check')).toEqual([
      "code/type-error src/wip.ts:5 src/wip.ts:5:9: TS2322 Type 'number' is not assignable to type 'string'.",
      "code/syntax-error src/wip.ts:9 src/wip.ts:9: ',' expected. (the rest of the file is scanned as recovered)",
    ]);
    const text = await ripple(['usages', 'public.customers.email', '--repo', broken, '--format', 'text', '--type-check']);
    expect(text.out).toContain("not analysed: src/wip.ts:5  code/type-error  src/wip.ts:5:9: TS2322 Type 'number' is not assignable to type 'string'.");
  });

  it.each([
    ['no column', ['usages', '--repo', shop], /give exactly one COLUMN/],
    ['a malformed column', ['usages', 'a..b', '--repo', shop], /a\.\.b is not schema\.table\.column/],
  ] as const)('%s exits 2 with one clear line', async (_name, argv, message) => {
    const result = await ripple(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});

describe('ripple lint', () => {
  it('gates the migrations alone: changes with database dependents, lint findings, no code scan', async () => {
    const result = await ripple(['lint', '--repo', shop, '--format', 'json', '--fail-on', 'error']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as ImpactReport;
    expect(report.scope).toBe('migrations');
    expect(report.changes.map((change) => `${change.severity} ${change.id} ${change.consumers.map((consumer) => consumer.object).join(', ')}`)).toEqual([
      // The view and the index follow a rename in place; with code not scanned, a rename is rated as if used.
      'error column-renamed:public.customers.email ',
      'warning column-type-changed:public.order_items.price view public.order_totals',
      'error column-dropped:public.orders.legacy_status ',
    ]);
    expect(report.findings.map((finding) => `${finding.id} ${finding.location.line}`)).toEqual([
      'renaming-column 3',
      'require-lock-timeout 3',
      'require-statement-timeout 3',
      'ban-drop-column 5',
      'changing-column-type 10',
    ]);
    expect(report.apiChanges).toEqual([]);
    expect(result.err).not.toMatch(/scanning/);

    const text = await ripple(['lint', '--repo', shop, '--format', 'text']);
    expect(text.out.split('\n')[0]).toMatch(/\(migrations only: code, jobs and APIs not scanned\)$/);
  });

  it('on a repository without config: detects the migrations, reports constraint changes once and every lint finding', async () => {
    const repo = await tempDir('lint');
    await cp(resolve(import.meta.dirname, '../../../packages/db-schema/fixtures/lint/risky'), repo, { recursive: true });
    const result = await ripple(['lint', '--repo', repo, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as ImpactReport;
    expect(report.changes.map((change) => `${change.severity} ${change.id}`)).toEqual([
      'info column-added:public.accounts.api_key',
      'warning column-constraint-changed:public.accounts.email:accounts_email_key',
      'error column-renamed:public.accounts.email',
      'warning column-nullability-changed:public.accounts.plan',
      'warning column-added:public.accounts.region',
      'warning column-constraint-changed:public.invoices.account_id:invoices_account_fk',
      'error column-renamed:public.invoices.account_id',
      'error column-renamed:public.invoices.id',
      'error column-dropped:public.invoices.total_cents',
    ]);
    // The 18 of fixtures/lint/risky's test, with require-statement-timeout beside require-lock-timeout and squawk's adding-foreign-key-constraint.
    expect(report.findings).toHaveLength(20);
  });
});
