import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { runRipple, type FuzzTarget } from './fuzz-harness.js';

const fixtures = resolve(import.meta.dirname, '../../../../fixtures');

/** A knex store in the shape real services write it (a module-level instance, builder chains on it). */
const KNEX_STORE = `import { db } from './db.js';

export async function findCustomer(email: string) {
  return db('customers').where('email', email).select('id', 'email', 'full_name').first();
}

export async function renameCustomer(id: number, fullName: string) {
  await db('customers').where({ id }).update({ full_name: fullName, updated_at: db.fn.now() });
}
`;

/** Every TypeScript file of the repository's fixtures, and the knex store, as seeds. */
const TS_SEEDS: readonly string[] = [
  KNEX_STORE,
  ...readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(join(fixtures, file), 'utf8')),
];

const FRAGMENTS = ['(', ')', '{', '}', '[', ']', '`', '${', '/*', '*/', '//', '"', "'", '=>', '?.', '!', ' as ', '<', '>', ';', ',', '.', '\\', '@', '#', '\n', 'await ', 'new ', 'class ', 'function ', 'import ', 'export ', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'Constructor'] as const;

type Shape = 'parens' | 'brackets' | 'braces' | 'template' | 'members' | 'concat' | 'ternary' | 'calls' | 'arrows' | 'knex-chain';

/** One change to a file's text; `at` is a position (modulo the text's length). */
type TsMutation =
  | { readonly kind: 'flip'; readonly at: number; readonly char: string }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'deep'; readonly at: number; readonly shape: Shape; readonly depth: number }
  | { readonly kind: 'minify' };

export interface TsInput {
  readonly seed: number;
  readonly mutations: readonly TsMutation[];
}

const at = fc.nat();
/** Mostly shallow, sometimes past the 1,000 levels generated and minified files reach. */
const depth = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 100 }) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }) });

const mutation: fc.Arbitrary<TsMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip' as const), at, char: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.constantFrom(...FRAGMENTS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      at,
      shape: fc.constantFrom<Shape>('parens', 'brackets', 'braces', 'template', 'members', 'concat', 'ternary', 'calls', 'arrows', 'knex-chain'),
      depth,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'minify' as const }) },
);

/** A statement nesting `depth` levels deep (or a chain `depth` links long), as generated code has them. */
function deepStatement(shape: Shape, depth: number): string {
  const n = depth;
  switch (shape) {
    case 'parens':
      return `export const parens = ${'('.repeat(n)}db('customers').select('email')${')'.repeat(n)};`;
    case 'brackets':
      return `export const brackets = ${'['.repeat(n)}1${']'.repeat(n)};`;
    case 'braces':
      return `export const braces = ${'{ a: '.repeat(n)}1${' }'.repeat(n)};`;
    case 'template':
      return `export const template = ${'`${'.repeat(n)}'email'${'}`'.repeat(n)};`;
    case 'members':
      return `export const members = db${'.email'.repeat(n)};`;
    case 'concat':
      return `export const concat = 'SELECT email FROM customers' ${"+ ' AND email = 1' ".repeat(n)};`;
    case 'ternary':
      return `export const ternary = ${'Math.random() > 0.5 ? 1 : '.repeat(n)}0;`;
    case 'calls':
      return `export const calls = ${'String('.repeat(n)}'email'${')'.repeat(n)};`;
    case 'arrows':
      return `export const arrows = ${'() => '.repeat(n)}db('customers').where('email', 1);`;
    case 'knex-chain':
      return `export const chain = () => db('customers')${".where('email', 1)".repeat(Math.min(n, 60))}.select('email');`;
  }
}

function mutatedSource(input: TsInput): string {
  let text = TS_SEEDS[input.seed % TS_SEEDS.length]!;
  for (const change of input.mutations) {
    const position = change.kind === 'minify' ? 0 : change.at % (text.length + 1);
    switch (change.kind) {
      case 'flip':
        text = text.slice(0, position) + change.char + text.slice(position + 1);
        break;
      case 'insert':
        text = text.slice(0, position) + change.text + text.slice(position);
        break;
      case 'delete':
        text = text.slice(0, position) + text.slice(position + change.length);
        break;
      case 'truncate':
        text = text.slice(0, position);
        break;
      case 'deep': {
        const lineStart = text.lastIndexOf('\n', position - 1) + 1;
        text = `${text.slice(0, lineStart)}${deepStatement(change.shape, change.depth)}\n${text.slice(lineStart)}`;
        break;
      }
      case 'minify':
        text = text.replace(/\n\s*/g, ' ');
        break;
    }
  }
  return text;
}

const FUZZED = 'services/api/src/fuzzed.ts';

/** `ripple usages` over a repository with one knex service whose second file is the mutated one. */
export const tsScanTarget: FuzzTarget<TsInput> = {
  name: 'ts-scan',
  arbitrary: fc.record({ seed: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) }),
  async check(input, workspace) {
    const text = mutatedSource(input);
    await mkdir(join(workspace, 'services/api/src'), { recursive: true });
    await writeFile(join(workspace, 'services/api/package.json'), JSON.stringify({ name: 'api', private: true, type: 'module', dependencies: { knex: '^3.1.0', pg: '^8.13.1' } }));
    await writeFile(join(workspace, 'services/api/src/db.ts'), "import knex from 'knex';\n\nexport const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n");
    await writeFile(join(workspace, FUZZED), text);
    const { code, out, err } = await runRipple(['usages', 'customers.email', '--repo', workspace, '--format', 'json']);
    // A stack overflow caught and reported as a warning is still a crash: the scan must not recurse on depth.
    const overflow = /call stack/i.test(out) ? `a stack overflow reported as a diagnostic: ${out.match(/[^"]*call stack[^"]*/i)?.[0]}` : undefined;
    return { code, err, files: [FUZZED], bytes: text.length, ...(overflow ? { problem: overflow } : {}) };
  },
  describe: (input) => `seed ${input.seed % TS_SEEDS.length} of ${TS_SEEDS.length}, mutations ${JSON.stringify(input.mutations).slice(0, 600)}`,
  baseMs: 10_000,
  msPerKb: 50,
};
