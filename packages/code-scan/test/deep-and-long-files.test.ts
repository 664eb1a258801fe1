import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../src/adapters/registry.js';
import { extractFileFacts } from '../src/extract/extract-file-facts.js';
import { MAX_NESTING, nestingBeyond } from '@ripple/model';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/code/knex/generated-and-minified', import.meta.url));

/** A knex query every generated file ends with: it is found when the file scans, and lost only with the file. */
const QUERY = "\nexport const byEmail = (email: string) => knex('customers').select('full_name').where('email', email);\n";

/** The generated files issue #17's fuzzing found crashing the scan (stack overflows), written beside the fixture. */
const GENERATED: Readonly<Record<string, string>> = {
  'src/parentheses.ts': `export const p = ${'('.repeat(10_000)}1${')'.repeat(10_000)};\n`,
  'src/brackets.ts': `export const b = ${'['.repeat(10_000)}1${']'.repeat(10_000)};\n`,
  'src/objects.ts': `export const o = ${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)};\n`,
  'src/templates.ts': `export const t = ${'`${'.repeat(10_000)}1${'}`'.repeat(10_000)};\n`,
  'src/ternaries.ts': `export const pick = (n: number) => ${Array.from({ length: 5_000 }, (_, i) => `n === ${i} ? 'v${i}' : `).join('')}'none';\n`,
  'src/member-chain.ts': `import { knex } from './db.js';\nconst config: any = {};\nexport const deep = config${'.next'.repeat(5_000)};${QUERY}`,
  'src/concatenation.ts': `import { knex } from './db.js';\nexport const text = ${Array.from({ length: 10_000 }, (_, i) => `'part ${i}'`).join(' + ')};${QUERY}`,
  'src/knex-30-links.ts': `import { knex } from './db.js';\nexport const thirty = (v: string) =>\n  knex('customers')\n${"    .where('email', v)\n".repeat(30)};\n`,
  'src/knex-3000-links.ts': `import { knex } from './db.js';\nexport const many = (v: string) =>\n  knex('customers')\n${"    .where('email', v)\n".repeat(3_000)};\n`,
  // `findOne()` thousands of times: each call's type is the entity of the one before (TypeORM, Sequelize).
  'src/find-one-chain.ts': `import { knex } from './db.js';\nconst repo: any = {};\nexport const last = repo${'.findOne()'.repeat(3_000)};${QUERY}`,
  'src/array-type.ts': `import { knex } from './db.js';\nexport let grid: string${'[]'.repeat(5_000)};${QUERY}`,
  'src/else-if.ts': `export function grade(n: number) {\n  ${Array.from({ length: 5_000 }, (_, i) => `if (n === ${i}) return ${i};`).join('\n  else ')}\n  return -1;\n}\n`,
};

describe('generated, minified and deeply nested files (issue #17)', () => {
  let root = '';
  let sites: string[] = [];
  let diagnostics: string[] = [];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'code-scan-deep-'));
    await cp(FIXTURE, root, { recursive: true });
    for (const [file, text] of Object.entries(GENERATED)) await writeFile(join(root, file), text);
    const result = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, threads: 1 });
    sites = siteLines(result.usages);
    diagnostics = result.diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line} ${d.message}`);
  }, 120_000);
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('names each file the parser cannot take as code/unparseable, with its depth and line, and scans the others', () => {
    const beyond = (file: string, depth: number, line = 1): string =>
      `code/unparseable ${file}:${line} ${file}:${line}: nesting depth ${depth} at line ${line} is beyond the ${MAX_NESTING} levels the TypeScript parser is given; the file is not scanned`;
    expect(diagnostics).toEqual([
      beyond('src/brackets.ts', 10_000),
      beyond('src/else-if.ts', 1_251, 5_001),
      beyond('src/objects.ts', 10_000),
      beyond('src/parentheses.ts', 10_000),
      beyond('src/templates.ts', 10_000),
      beyond('src/ternaries.ts', 1_251),
    ]);
  });

  it('reads the usages of member chains, long concatenations and deep array types beside them', () => {
    const last = QUERY.split('\n')[1]!;
    for (const file of ['src/array-type.ts', 'src/concatenation.ts', 'src/find-one-chain.ts', 'src/member-chain.ts']) {
      const line = GENERATED[file]!.split('\n').length - 1;
      expect(sites.filter((site) => site.startsWith(`${file}:`))).toEqual([
        `${file}:${line}:${columnOf(last, "'full_name'")} public.customers.full_name read knex byEmail`,
        `${file}:${line}:${columnOf(last, "'email'")} public.customers.email filter knex byEmail`,
      ]);
    }
  });

  it('reads knex chains of 30 and 3,000 links, every link a filter', () => {
    for (const [file, links] of [['src/knex-30-links.ts', 30], ['src/knex-3000-links.ts', 3_000]] as const) {
      const symbol = links === 30 ? 'thirty' : 'many';
      const expected = Array.from({ length: links }, (_, link) => `${file}:${4 + link}:13 public.customers.email filter knex ${symbol}`);
      expect(sites.filter((site) => site.startsWith(`${file}:`))).toEqual(expected);
    }
  });

  it('reads a file saved with a byte-order mark at the lines and columns its editor shows', async () => {
    const text = await readFile(join(FIXTURE, 'src/customer-by-email.ts'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const line = text.split('\n')[4]!;
    expect(sites.filter((site) => site.startsWith('src/customer-by-email.ts:'))).toEqual([
      `src/customer-by-email.ts:5:${columnOf(line, "'id'")} public.customers.id read knex customerByEmail`,
      `src/customer-by-email.ts:5:${columnOf(line, "'full_name'")} public.customers.full_name read knex customerByEmail`,
      `src/customer-by-email.ts:5:${columnOf(line, "'email'")} public.customers.email filter knex customerByEmail`,
    ]);
  });

  it('reads a minified bundle: one line, regular expressions with brackets, divisions', async () => {
    const line = (await readFile(join(FIXTURE, 'src/vendor.min.js'), 'utf8')).split('\n')[1]!;
    expect(sites.filter((site) => site.startsWith('src/vendor.min.js:'))).toEqual([
      `src/vendor.min.js:2:${columnOf(line, '"id"')} public.customers.id read knex -`,
      `src/vendor.min.js:2:${columnOf(line, '"email"')} public.customers.email read knex -`,
      `src/vendor.min.js:2:${columnOf(line, '"created_at"')} public.customers.created_at filter knex -`,
      `src/vendor.min.js:2:${columnOf(line, '"full_name"')} public.customers.full_name order knex -`,
    ]);
  });
});

/** The 1-based column of the name inside the quoted `literal` on `line`: where a usage of it is reported. */
function columnOf(line: string, literal: string): number {
  const index = line.indexOf(literal);
  if (index < 0) throw new Error(`${literal} is not on the line`);
  return index + 2;
}

describe('extractFileFacts on shapes past the parser, one file at a time', () => {
  const codes = (file: string, text: string): string[] =>
    extractFileFacts(file, text, ADAPTERS).diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line}`);

  it('never throws: 10,000 nested parentheses, type arguments and unary operators', () => {
    expect(codes('gen/parens.js', `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)};`)).toEqual(['code/unparseable gen/parens.js:1']);
    // Type arguments (`A<A<...>>`) and runs of `!` are no brackets the measure counts: the parser's own overflow,
    // caught around the parser call alone, is the same warning.
    expect(codes('gen/generic.ts', `let x: ${'A<'.repeat(10_000)}B${'>'.repeat(10_000)};`)).toEqual(['code/unparseable gen/generic.ts:1']);
    expect(codes('gen/not.ts', `x = ${'!'.repeat(50_000)}a;`)).toEqual(['code/unparseable gen/not.ts:1']);
  });

  it('never throws on a path of 5,000 variables each typed from the one before, nor on a cycle of them', () => {
    const variables = ["import { knex } from './db.js';", "const q0: any = knex('customers');"];
    for (let index = 1; index <= 5_000; index += 1) variables.push(`const q${index} = q${index - 1}.findOne();`);
    variables.push('export const last = q5000.email;');
    expect(codes('gen/variables.ts', variables.join('\n'))).toEqual([]);
    expect(codes('gen/cycle.ts', 'const a = b.findOne();\nconst b = a.findOne();\nexport const c = a.email;\n')).toEqual([]);
  });

  it('takes the deepest nesting the parser is given', () => {
    const text = `export const x = ${'['.repeat(MAX_NESTING)}1${']'.repeat(MAX_NESTING)};\n`;
    expect(codes('gen/at-limit.ts', text)).toEqual([]);
  });
});

describe('nestingBeyond', () => {
  it('counts brackets, braces and template substitutions, not those in strings, comments or regular expressions', () => {
    const quoted = `const a = '((((', b = "[[[[", c = /[({]+/g, d = \`{{{{\`; // ((((\n/* [[[[ */ const e = x / (y) / z;\n`;
    expect(nestingBeyond(quoted.repeat(50), 1)).toBeUndefined();
    expect(nestingBeyond('f((a))', 1)).toEqual({ depth: 2, line: 1, column: 3 });
    expect(nestingBeyond('x\n  = `${`${`${y}`}`}`', 2)).toEqual({ depth: 3, line: 2, column: 13 });
  });

  it('counts a chained conditional as a quarter of a level, and ends a chain at `;`, `,` and a new statement', () => {
    expect(nestingBeyond(`x = ${'a ? b : '.repeat(8)}c;`, 1)).toEqual({ depth: 2, line: 1, column: 63 });
    expect(nestingBeyond(`${'x = a ? b : c;\n'.repeat(1_000)}`, 1)).toBeUndefined();
    expect(nestingBeyond(`${'let x = a ? b : c\n'.repeat(1_000)}`, 1)).toBeUndefined();
    expect(nestingBeyond(`type T = { a?: string, b?: number; c?: T[] };\n`.repeat(1_000), 2)).toBeUndefined();
    expect(nestingBeyond('x = a?.b ?? c?.[0];\n'.repeat(1_000), 1)).toBeUndefined();
  });

  it('counts an arrow body that is no block as a level, ended like a chain; a block body counts by its brace', () => {
    expect(nestingBeyond(`f = ${'() => '.repeat(8)}x;`, 4)?.depth).toBe(8);
    expect(nestingBeyond(`f = ${'() => { return '.repeat(8)}x${'}'.repeat(8)};`, 4)?.depth).toBe(8);
    expect(nestingBeyond(`${'items.map((x) => x.id);\n'.repeat(1_000)}`, 2)).toBeUndefined();
    expect(nestingBeyond(`${'export const f = () => 1\n'.repeat(1_000)}`, 2)).toBeUndefined();
    expect(nestingBeyond(`call(a => a, b => b, c => c);\n`.repeat(1_000), 2)).toBeUndefined();
  });
});
