// Minimised reproducers of the crashes issue 17 lists, each a regular test of the fixed behaviour.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dirs.js';
import { runRipple } from './fuzz-harness.js';

const shopMigrations = resolve(import.meta.dirname, '../../../../fixtures/shop/db/migrations');

/** The shop's first migration as the base, and the new migrations given. */
async function migrationRepo(added: Readonly<Record<string, string>>): Promise<string> {
  const repo = await tempDir('reproducer');
  await mkdir(join(repo, 'db/migrations'), { recursive: true });
  await copyFile(join(shopMigrations, '0001_create_customers.up.sql'), join(repo, 'db/migrations/0001_create_customers.up.sql'));
  for (const [file, sql] of Object.entries(added)) await writeFile(join(repo, 'db/migrations', file), sql);
  await writeFile(join(repo, 'ripple.config.json'), JSON.stringify({ migrations: { dir: 'db/migrations', new: Object.keys(added) } }));
  return repo;
}

function addedColumns(report: ImpactReport): string[] {
  return report.changes.filter((change) => change.kind === 'column-added').map((change) => change.id);
}

describe('reproducers: SQL migrations', () => {
  // A comment before the statement sent the splitter to the SQL scanner, whose JSON output broke on control bytes.
  const controlBytes = [
    '-- control bytes inside literals',
    "SELECT 'a\x01b';",
    "DO $$ BEGIN EXECUTE 'SELECT ''\x1b[0m'''; END $$;",
    "ALTER TABLE customers ADD COLUMN note text DEFAULT 'x\x01y';",
    '',
  ].join('\n');
  // Saved by an editor that writes a byte-order mark: PostgreSQL read it as part of ALTER.
  const byteOrderMark = '\uFEFFALTER TABLE customers ADD COLUMN nickname text;\n';

  it.each(['lint', 'report'])('%s: control bytes in a string literal and in EXECUTE, and a BOM, apply as written', async (command) => {
    const repo = await migrationRepo({ '0002_control_bytes.up.sql': controlBytes, '0003_byte_order_mark.up.sql': byteOrderMark });
    const result = await runRipple([command, '--repo', repo, '--format', 'json']);
    expect(result.err).not.toMatch(/internal error|syntax error/);
    expect(result.code).toBe(0);
    expect(addedColumns(JSON.parse(result.out) as ImpactReport).sort()).toEqual(['column-added:public.customers.nickname', 'column-added:public.customers.note']);
  });
});

describe('reproducers: api-diff', () => {
  const description = (schemas: Record<string, unknown>): string =>
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'chain', version: '1' },
      paths: { '/x': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } } } } } } },
      components: { schemas },
    });

  it('follows a $ref chain of 3,000 schemas', async () => {
    const schemas: Record<string, unknown> = {};
    for (let link = 0; link < 3_000; link += 1) schemas[`S${link}`] = link < 2_999 ? { $ref: `#/components/schemas/S${link + 1}` } : { type: 'string' };
    const dir = await tempDir('reproducer');
    await writeFile(join(dir, 'base.json'), description(schemas));
    await writeFile(join(dir, 'head.json'), description({ ...schemas, S2999: { type: 'integer' } }));
    const result = await runRipple(['api-diff', join(dir, 'base.json'), join(dir, 'head.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as ImpactReport).apiChanges.map((change) => change.id)).toContain('response-body-type-changed');
  });

  it('refuses a $ref that is no valid URI (a lone %) naming file and pointer (found by the fuzzer)', async () => {
    const dir = await tempDir('reproducer');
    await writeFile(join(dir, 'base.json'), description({ S0: { $ref: '#/components/schemas/%' } }));
    await writeFile(join(dir, 'head.json'), description({ S0: { type: 'string' } }));
    const result = await runRipple(['api-diff', join(dir, 'base.json'), join(dir, 'head.json'), '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/base\.json.*\/components\/schemas\/S0\/\$ref.*'#\/components\/schemas\/%' is not a valid URI reference/);
  });

  it('diffs a 50,000-value enum', async () => {
    const values = Array.from({ length: 50_000 }, (_, index) => `value-${index}`);
    const dir = await tempDir('reproducer');
    await writeFile(join(dir, 'base.json'), description({ S0: { type: 'string', enum: values } }));
    await writeFile(join(dir, 'head.json'), description({ S0: { type: 'string', enum: values.slice(1) } }));
    const result = await runRipple(['api-diff', join(dir, 'base.json'), join(dir, 'head.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as ImpactReport).apiChanges.length).toBeGreaterThan(0);
  });
});

describe('reproducers: code scan', () => {
  const FILE = 'services/api/src/generated.ts';

  async function usages(source: string): Promise<{ code: number; report: { usages: unknown[]; diagnostics: { code: string; message: string; location: { file: string } }[] }; out: string }> {
    const repo = await tempDir('reproducer');
    await mkdir(join(repo, 'services/api/src'), { recursive: true });
    await writeFile(join(repo, 'services/api/package.json'), JSON.stringify({ name: 'api', private: true, type: 'module', dependencies: { knex: '^3.1.0' } }));
    await writeFile(join(repo, 'services/api/src/db.ts'), "import knex from 'knex';\n\nexport const db = knex({ client: 'pg' });\n");
    await writeFile(join(repo, FILE), `import { db } from './db.js';\n\n${source}\n`);
    const result = await runRipple(['usages', 'customers.email', '--repo', repo, '--format', 'json']);
    return { code: result.code, report: JSON.parse(result.out) as never, out: result.out };
  }

  it.each([
    ['parentheses', `export const p = ${'('.repeat(3_000)}db('customers').select('email')${')'.repeat(3_000)};`],
    ['brackets', `export const b = ${'['.repeat(3_000)}db('customers').select('email')${']'.repeat(3_000)};`],
    ['template literals', `export const t = ${'`${'.repeat(2_000)}db('customers').select('email')${'}`'.repeat(2_000)};`],
    ['a member chain of 5,000 segments', `export const m = db${'.email'.repeat(5_000)};`],
    ['a 3,000-term + concatenation', `export const c = db.raw('SELECT email FROM customers' ${"+ ' AND 1 = 1' ".repeat(3_000)});`],
    ['a 3,000-branch ternary chain', `export const t = ${'Math.random() > 0.5 ? 1 : '.repeat(3_000)}db('customers').select('email');`],
  ])('nesting past 1,000 levels (%s): no stack overflow; read, or one code/unparseable warning naming the file', async (_shape, source) => {
    const { code, report, out } = await usages(source);
    expect(code).toBe(0);
    expect(out).not.toMatch(/call stack/i);
    const unparseable = report.diagnostics.filter((diagnostic) => diagnostic.code === 'code/unparseable');
    expect(unparseable.map((diagnostic) => diagnostic.location.file)).toEqual(unparseable.length === 0 ? [] : [FILE]);
  });

  // Found by `pnpm fuzz` on the scan-depth work: the parser overflows on ~1,300 nested arrow functions, a nesting the
  // depth measure does not count, and the overflow is caught and reported. Left to the code-scan side (issue 17).
  it('nesting past 1,000 levels (arrow functions): measured before parsing, a code/unparseable warning, no stack overflow', async () => {
    const { code, out } = await usages(`export const arrows = ${'() => '.repeat(2_000)}db('customers').where('email', 1);`);
    expect(code).toBe(0);
    expect(out).toMatch(/generated.ts:\d+: nesting depth \d+ at line \d+ is beyond/);
    expect(out).not.toMatch(/call stack/i);
  });

  // Found on medusa's first run: a type named `...Constructor` looked up in a table of irregular plurals found
  // Object.prototype.constructor there. Names of Object.prototype's members, wherever the scan looks names up.
  it('names of Object.prototype members (types, keys, builder methods, extensions): read, no internal error', async () => {
    const { code, report, out } = await usages(`import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity('customers')
export class Customer { @PrimaryGeneratedColumn() id!: number; @Column() email!: string }
import type { Constructor, ToString as Printable } from 'some-library';
interface ToString { email: string }
export class Holder { constructor(private readonly made: Constructor, private readonly printed: Printable, private readonly customer: Customer) {} read() { return [this.made.email, this.printed.email, this.customer.email]; } }
export class HasOwnProperty { constructor(public readonly valueOf: Constructor<ToString>) {} }
export const keys = () => db('customers').where({ constructor: 1, toString: 2, __proto__: 3, hasOwnProperty: 4 }).select('email');
export const methods = () => db('customers').select('email').toString().valueOf();
export const typed = (row: ToString & Constructor<HasOwnProperty>) => row.email;
export const inherited = (holder: Holder, row: Holder['constructor'], again: Holder['toString']) => [holder.toString().length, holder.constructor.name, row.email, again.email];
import './x.constructor';
`);
    expect(out).not.toMatch(/internal error/);
    expect(code).toBe(0);
    expect(report.usages.length).toBeGreaterThanOrEqual(2);
  });

  it('a 30-link knex builder chain: every link read', async () => {
    const { code, report } = await usages(`export const chain = () => db('customers')${".where('email', 1)".repeat(30)}.select('email');`);
    expect(code).toBe(0);
    expect(report.usages).toHaveLength(31);
  });
});
