import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';

const repo = resolve(import.meta.dirname, '../../../..');

/** Every SQL file of the repository's fixtures under 20 kB: real migrations, dumps and seed files as seeds. */
export const SQL_SEEDS: readonly string[] = ['fixtures', 'packages/db-schema/fixtures']
  .flatMap((dir) => readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(repo, dir, file)))
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((file) => readFileSync(file, 'utf8'))
  .filter((text) => text.length < 20_000);

/** What a mutation inserts: keywords, quotes, dollar quotes, comment openers and closers, statement shapes. */
const FRAGMENTS = [
  'SELECT', 'BEGIN', 'END', 'COMMIT', 'ROLLBACK', 'CASE', 'ATOMIC', 'CONCURRENTLY', 'ALTER TABLE', 'DROP', 'CREATE',
  'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS ', 'CREATE PROCEDURE p() BEGIN ATOMIC ', 'DO $$ BEGIN ', 'EXECUTE ',
  '$$', '$tag$', '$1', "'", "''", '"', "E'\\", "U&'", '--', '/*', '*/', '/* /* */', ';', '(', ')', '[', '\\', '\n',
  'COPY t FROM stdin;\n1\t2\n\\.\n', '\\connect x\n', ':var', "B'01'", "X'ff'", '::', 'WITH', 'RETURNING',
  // names of Object.prototype's members, where Ripple looks a type, extension or keyword up in a table
  ' constructor', ' "toString"', ' __proto__', 'CREATE EXTENSION "constructor";', 'ADD COLUMN c constructor',
] as const;

/** One change to a migration's text; `at` is a position (modulo the text's length). */
export type SqlMutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'delete-word'; readonly at: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'control'; readonly at: number; readonly byte: number }
  | { readonly kind: 'statement'; readonly at: number; readonly sql: string }
  | { readonly kind: 'bom' };

const at = fc.nat();
const controlByte = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f));
const control = controlByte.map((byte) => String.fromCharCode(byte));

/** Whole statements around control bytes: in string literals, in `EXECUTE '...'`, in comments, in dollar quotes. */
const controlStatement = fc
  .tuple(control, fc.constantFrom('string', 'execute', 'escape', 'comment', 'dollar', 'identifier'))
  .map(([byte, shape]) => {
    switch (shape) {
      case 'string':
        return `SELECT 'a${byte}b';`;
      case 'execute':
        return `DO $$ BEGIN EXECUTE 'SELECT ''${byte}[0m'''; END $$;`;
      case 'escape':
        return `SELECT E'\\${byte}x';`;
      case 'comment':
        return `-- a${byte}b\n/* ${byte} */ SELECT 1;`;
      case 'dollar':
        return `SELECT $q$${byte}$q$;`;
      default:
        return `CREATE TABLE "t${byte}" (id int);`;
    }
  });

export const sqlMutation: fc.Arbitrary<SqlMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete-word' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('control' as const), at, byte: controlByte }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('statement' as const), at, sql: controlStatement }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

export interface SqlInput {
  readonly seed: number;
  readonly mutations: readonly SqlMutation[];
}

export const sqlInput: fc.Arbitrary<SqlInput> = fc.record({ seed: fc.nat(), mutations: fc.array(sqlMutation, { minLength: 1, maxLength: 5 }) });

/** The seed's text with the mutations applied in order. */
export function mutatedSql(input: SqlInput): string {
  let text = SQL_SEEDS[input.seed % SQL_SEEDS.length]!;
  for (const change of input.mutations) {
    const position = change.kind === 'bom' ? 0 : change.at % (text.length + 1);
    switch (change.kind) {
      case 'insert':
        text = text.slice(0, position) + change.text + text.slice(position);
        break;
      case 'delete':
        text = text.slice(0, position) + text.slice(position + change.length);
        break;
      case 'delete-word': {
        const word = /\w+/g;
        word.lastIndex = position;
        const found = word.exec(text);
        if (found) text = text.slice(0, found.index) + text.slice(found.index + found[0].length);
        break;
      }
      case 'truncate':
        text = text.slice(0, position);
        break;
      case 'control':
        text = text.slice(0, position) + String.fromCharCode(change.byte) + text.slice(position);
        break;
      case 'statement': {
        // At the start of a line, where a statement may begin.
        const lineStart = text.lastIndexOf('\n', position - 1) + 1;
        text = `${text.slice(0, lineStart)}${change.sql}\n${text.slice(lineStart)}`;
        break;
      }
      case 'bom':
        text = `\uFEFF${text.replace(/^\uFEFF/, '')}`;
        break;
    }
  }
  return text;
}

/** A short description of an SQL input for a failure report. */
export function describeSqlInput(input: SqlInput): string {
  return `seed ${input.seed % SQL_SEEDS.length} of ${SQL_SEEDS.length}, mutations ${JSON.stringify(input.mutations)}`;
}
