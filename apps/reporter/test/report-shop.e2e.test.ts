import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';
import { reportSchemaErrors } from './validate-report.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const shop = join(repoRoot, 'fixtures/shop');

async function reportJson(repo: string): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo();
  const code = await run(['report', '--repo', repo, '--format', 'json'], io);
  return { code, out: io.out(), err: io.err() };
}

async function copyOfShop(): Promise<string> {
  const dir = await tempDir('shop');
  await cp(shop, dir, { recursive: true });
  return dir;
}

describe('ripple report on fixtures/shop', () => {
  it('finds the impact known by hand, validates against the published schema, and is byte-identical across runs', async () => {
    const first = await reportJson(shop);
    expect(first.err).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    const expected = JSON.parse(await readFile(join(shop, 'expected/impact.json'), 'utf8'));
    expect(JSON.parse(first.out)).toEqual(expected);

    expect(reportSchemaErrors(JSON.parse(first.out))).toEqual([]);

    const second = await reportJson(shop);
    expect(second.out).toBe(first.out);
  });

  it('prints a readable text report and exits 1 with --fail-on error', async () => {
    const io = recordingIo();
    expect(await run(['report', '--repo', shop, '--format', 'text', '--fail-on', 'error'], io)).toBe(1);
    const text = io.out();
    expect(text).toMatch(/^ripple: 3 column changes, \d+ consumers \(2 errors, 1 warning\)/);
    expect(text).toContain('ERROR public.customers.email renamed to email_address');
    expect(text).toContain('services/orders-api/src/orders/legacy-status-sync.ts:13  write  syncLegacyStatus');
  });

  it('replays around a base migration with a syntax error: a diagnostic at its file and line, and the report completes', async () => {
    const repo = await copyOfShop();
    const file = 'db/migrations/0003_create_orders.up.sql';
    const sql = await readFile(join(repo, file), 'utf8');
    await writeFile(join(repo, file), sql.replace('CREATE INDEX orders_customer_id_idx', 'CREATE INDX orders_customer_id_idx'));
    const result = await reportJson(repo);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { diagnostics: { code: string; location: { file: string; line: number }; message: string }[]; findings: { id: string; location: { line: number } }[] };
    // golang-migrate runs the file in one transaction: none of 0003 applies, so 0004's view of orders fails too.
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('migration/')).map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line} ${diagnostic.message}`)).toEqual([
      'migration/syntax-error db/migrations/0003_create_orders.up.sql:10 base migration: syntax error at or near "INDX"; golang-migrate runs the file in one transaction, so none of its statements were applied',
      'migration/base-failed db/migrations/0004_create_reporting_views.up.sql:11 base migration statement fails, skipped: relation "orders" does not exist (in: CREATE VIEW order_totals AS)',
      'migration/rehearsal-skipped db/migrations/0005_customer_email_address_and_decimal_prices.up.sql:1 rollback and re-upgrade not rehearsed: a new migration fails to apply',
    ]);
    expect(report.findings.filter((finding) => finding.id === 'new-migration-fails').map((finding) => finding.location.line)).toEqual([5, 7, 9, 17]);
  });

  it('reports a new migration that fails to apply as an error finding at its statement, and the report completes', async () => {
    const repo = await copyOfShop();
    const file = 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql';
    const sql = await readFile(join(repo, file), 'utf8');
    await writeFile(join(repo, file), sql.replace('DROP COLUMN legacy_status', 'DROP COLUMN legacy_state'));
    const result = await reportJson(repo);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { findings: { id: string; level: string; location: { file: string; line: number }; message: string }[] };
    expect(report.findings.filter((finding) => finding.id === 'new-migration-fails').map((finding) => [finding.level, finding.location.file, finding.location.line, finding.message])).toEqual([
      ['error', file, 5, 'column "legacy_state" of relation "orders" does not exist (in: ALTER TABLE orders DROP COLUMN legacy_state)'],
    ]);
    // Said on stderr too, where a user of the JSON report looks (exit 0 unless --fail-on).
    expect(result.err).toContain(
      `ripple: a new migration statement fails to apply, first ${file}:5: column "legacy_state" of relation "orders" does not exist (in: ALTER TABLE orders DROP COLUMN legacy_state); the report is built from what applied`,
    );
  });

  it('names the file and line of a syntax error in a new migration, and exits 2', async () => {
    const repo = await copyOfShop();
    const file = 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql';
    const sql = await readFile(join(repo, file), 'utf8');
    await writeFile(join(repo, file), sql.replace('DROP COLUMN legacy_status', 'DROP COLUMNN legacy_status'));
    const result = await reportJson(repo);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.trim().split('\n').at(-1)).toMatch(/^ripple: db\/migrations\/0005_customer_email_address_and_decimal_prices\.up\.sql:5:\d+: syntax error at or near "legacy_status"$/);
  });

  it('reports a new down migration the grammar rejects as rollback-fails at its line, and still reports the impact (nango wrote `integer uuid`)', async () => {
    const repo = await copyOfShop();
    const down = 'db/migrations/0005_customer_email_address_and_decimal_prices.down.sql';
    const sql = await readFile(join(repo, down), 'utf8');
    await writeFile(join(repo, down), sql.replace('RENAME COLUMN email_address TO email;', 'RENAME COLUMN email_address TO email uuid;'));
    const result = await reportJson(repo);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { changes: unknown[]; findings: { id: string; level: string; location: { file: string; line: number }; message: string }[]; diagnostics: { code: string; message: string }[] };
    expect(report.changes.length).toBe(3);
    const line = sql.split('\n').findIndex((text) => text.includes('RENAME COLUMN email_address TO email;')) + 1;
    expect(report.findings.filter((finding) => finding.id === 'rollback-fails').map((finding) => [finding.level, finding.location.file, finding.location.line, finding.message])).toEqual([
      ['error', down, line, expect.stringMatching(/^down migration: syntax error at or near "uuid"; only its rollback has that statement/)],
    ]);
    expect(report.findings.map((finding) => finding.id)).not.toContain('new-migration-fails');
    expect(report.diagnostics.find((diagnostic) => diagnostic.code === 'migration/rehearsal-skipped')?.message).toBe('rollback and re-upgrade not rehearsed: a new down migration does not parse (rollback-fails)');
  });

  it('rehearses the rollback: a down that forgets the rename back is reported, and the failed re-upgrade is an error', async () => {
    const repo = await copyOfShop();
    const down = 'db/migrations/0005_customer_email_address_and_decimal_prices.down.sql';
    const sql = await readFile(join(repo, down), 'utf8');
    await writeFile(join(repo, down), sql.replace('ALTER TABLE customers RENAME COLUMN email_address TO email;', ''));
    const result = await reportJson(repo);
    expect(result.code).toBe(0);
    const findings = (JSON.parse(result.out) as { findings: { id: string; level: string; location: { file: string; line: number }; message: string }[] }).findings;
    const rehearsal = new Set(['rollback-fails', 'rollback-incomplete', 'reupgrade-fails', 'reupgrade-differs']);
    expect(findings.filter((finding) => rehearsal.has(finding.id)).map((finding) => [finding.id, finding.level, finding.location.file, finding.location.line])).toEqual([
      ['rollback-incomplete', 'warning', down, 1],
      ['reupgrade-fails', 'error', 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql', 3],
    ]);
    expect(findings.find((finding) => finding.id === 'rollback-incomplete')?.message).toMatch(
      /column public\.customers\.email: missing; column public\.customers\.email_address: extra/,
    );
  });

  it('reports an OpenAPI schema violation as a diagnostic with its pointer, and still diffs the API', async () => {
    const repo = await copyOfShop();
    const head = await readFile(join(repo, 'openapi/head.yaml'), 'utf8');
    await writeFile(join(repo, 'openapi/head.yaml'), head.replace('          description: The customer.\n', ''));
    const result = await reportJson(repo);
    const report = JSON.parse(result.out) as { diagnostics: { code: string; location: { file: string }; pointer?: string; message: string }[]; apiChanges: unknown[] };
    expect(report.diagnostics.filter((d) => d.code.startsWith('openapi/'))).toEqual([
      {
        kind: 'diagnostic',
        code: 'openapi/schema-violation',
        message: "not valid OpenAPI 3.0: missing required property 'description'",
        location: { file: 'openapi/head.yaml', line: 1 },
        pointer: '/paths/~1customers~1{id}/get/responses/200',
      },
    ]);
    expect(report.apiChanges.length).toBeGreaterThan(0);
  });

  it("grades API changes by the config's severityLevels file (oasdiff's format), and names a bad line of it", async () => {
    const repo = await copyOfShop();
    const config = JSON.parse(await readFile(join(repo, 'ripple.config.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(repo, 'ripple.config.json'), JSON.stringify({ ...config, severityLevels: 'api-severity-levels.txt' }));
    await writeFile(join(repo, 'api-severity-levels.txt'), '# renames are announced a release ahead here\nresponse-required-property-removed warn\nresponse-required-property-added none\n');
    const graded = await reportJson(repo);
    expect(graded.code).toBe(0);
    const summary = (out: string) => (JSON.parse(out) as { apiChanges: { level: string; id: string }[] }).apiChanges.map((change) => `${change.level} ${change.id}`);
    expect(summary((await reportJson(shop)).out)).toEqual(['error response-required-property-removed', 'info response-required-property-added']);
    expect(summary(graded.out)).toEqual(['warning response-required-property-removed']);

    await writeFile(join(repo, 'api-severity-levels.txt'), 'response-required-property-removed fatal\n');
    const bad = await reportJson(repo);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n').at(-1)).toBe('ripple: api-severity-levels.txt:1: invalid level "fatal" for response-required-property-removed: expected err, warn, info or none');
  });

  it('names an OpenAPI file that does not load, and exits 2', async () => {
    const repo = await copyOfShop();
    await writeFile(join(repo, 'openapi/head.yaml'), 'openapi: 3.0.3\ninfo: [unclosed\n');
    const result = await reportJson(repo);
    expect(result.code).toBe(2);
    expect(result.err.trim().split('\n').at(-1)).toMatch(/^ripple: openapi\/head\.yaml/);
  });
});
