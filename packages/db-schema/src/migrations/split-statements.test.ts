import { parseSync, scanSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from './compare-versions.js';
import { loadSqlParser, splitStatements } from './split-statements.js';

beforeAll(() => loadSqlParser());

describe('splitStatements', () => {
  it.each([
    {
      name: 'statements after multi-byte comments start at their character column',
      sql: '-- Grüße\nCREATE TABLE a (id int); /* ünïcode */ CREATE TABLE b (id int);',
      expected: [
        ['CREATE TABLE a (id int)', 2, 1],
        ['CREATE TABLE b (id int)', 2, 40],
      ],
    },
    {
      name: 'semicolons inside dollar quotes and strings do not split',
      sql: "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$;\n\nSELECT ';';",
      expected: [
        ["CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$", 1, 1],
        ["SELECT ';'", 3, 1],
      ],
    },
    {
      name: 'drizzle statement breakpoints are comments between statements',
      sql: 'CREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE INDEX a_idx ON a (id);',
      expected: [
        ['CREATE TABLE a (id int)', 1, 1],
        ['CREATE INDEX a_idx ON a (id)', 3, 1],
      ],
    },
    {
      name: 'a last statement without a semicolon, and empty statements',
      sql: ';;\n  DROP TABLE a',
      expected: [['DROP TABLE a', 2, 3]],
    },
  ])('$name', ({ sql, expected }) => {
    expect(splitStatements(sql, 'm.sql').map((statement) => [statement.sql, statement.line, statement.column])).toEqual(expected);
  });

  it('places SQL embedded in code at its origin in the file', () => {
    const statements = splitStatements('ALTER TABLE a ADD b int;\n  DROP TABLE c', 'm.ts', { line: 7, column: 30 });
    expect(statements.map((statement) => [statement.line, statement.column])).toEqual([
      [7, 30],
      [8, 3],
    ]);
  });

  it('returns a statement the grammar rejects with its syntax error at the character position, and the others', () => {
    expect(splitStatements('SELECT 1;\nSELEC 2;\nSELECT 3', 'm.ts', { line: 4, column: 10 })).toEqual([
      { file: 'm.ts', sql: 'SELECT 1', line: 4, column: 10 },
      { file: 'm.ts', sql: 'SELEC 2', line: 5, column: 1, syntaxError: { message: 'syntax error at or near "SELEC"', line: 5, column: 1 } },
      { file: 'm.ts', sql: 'SELECT 3', line: 6, column: 1 },
    ]);
  });

  it('keeps a BEGIN ATOMIC function body whole, as psql does', () => {
    const sql = 'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 1; END;\nSELECT one();';
    expect(splitStatements(sql, 'm.sql').map((statement) => statement.sql)).toEqual([
      'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 1; END',
      'SELECT one()',
    ]);
  });

  it('marks, from the parse tree, the statements a transaction block refuses and BEGIN / COMMIT', () => {
    const sql = [
      'BEGIN;',
      'CREATE INDEX CONCURRENTLY a_idx ON a (id);',
      "CREATE INDEX concurrently_named ON a (id);",
      'DROP INDEX CONCURRENTLY a_idx;',
      'REINDEX INDEX CONCURRENTLY a_idx;',
      'VACUUM a;',
      "ALTER TYPE mood ADD VALUE 'meh';",
      'COMMIT;',
      'END;',
    ].join('\n');
    expect(splitStatements(sql, 'm.sql').map((statement) => [statement.line, statement.transaction])).toEqual([
      [1, 'begin'],
      [2, 'cannot-run-inside'],
      [3, undefined],
      [4, 'cannot-run-inside'],
      [5, 'cannot-run-inside'],
      [6, 'cannot-run-inside'],
      [7, undefined],
      [8, 'commit'],
      [9, 'commit'],
    ]);
  });

  it('gives in small chunks the statements and positions PostgreSQL\'s parser gives for the whole text', () => {
    const sql = generatedSeed(3_000);
    const expected = parserStatements(sql);
    const streamed = splitStatements(sql, 'seed.sql', { line: 1, column: 1 }, { chunkBytes: 4096 });
    expect(streamed.map((statement) => [statement.sql, statement.line, statement.column])).toEqual(expected);
    expect(Buffer.byteLength(sql)).toBeGreaterThan(1_000_000);
    expect(expected).toHaveLength(3 * 3_000 + 1);
  });

  it('cuts around control bytes in strings, comments and EXECUTE bodies, where the scanner must cut (issue 17)', () => {
    // Each text holds a syntax error or a comment first, so the scanner cuts it, not the parser.
    const sql = [
      "-- a comment\nSELECT 'a\x01b' FROM;",
      "DO $$ BEGIN EXECUTE 'SELECT \x1b[0m'; END $$;",
      "/* \x02 */ SELECT E'\x7f\x0b\x0c' AS c;",
      'SELEC 1;',
    ].join('\n');
    const statements = splitStatements(sql, 'control.sql');
    expect(statements.map((statement) => [statement.sql, statement.line, statement.column, statement.syntaxError?.message])).toEqual([
      ["SELECT 'a\x01b' FROM", 2, 1, 'syntax error at end of input'],
      ["DO $$ BEGIN EXECUTE 'SELECT \x1b[0m'; END $$", 3, 1, undefined],
      ["SELECT E'\x7f\x0b\x0c' AS c", 4, 9, undefined],
      ['SELEC 1', 5, 1, 'syntax error at or near "SELEC"'],
    ]);
  });

  it('gives a NUL byte as the syntax error PostgreSQL gives, never dropping the text after it', () => {
    const statements = splitStatements("SELECT 1;\nSELECT '\0' ;\nSELECT 3;", 'nul.sql');
    expect(statements.map((statement) => [statement.sql, statement.line, statement.syntaxError?.message, statement.syntaxError?.column])).toEqual([
      ['SELECT 1', 1, undefined, undefined],
      ["SELECT '\0'", 2, 'invalid byte sequence for encoding "UTF8": 0x00', 9],
      ['SELECT 3', 3, undefined, undefined],
    ]);
  });
});

/** A seed file of a few MB: DDL, multi-row INSERTs with strings holding `;` and quotes, dollar-quoted bodies, comments. */
function generatedSeed(rows: number): string {
  const parts = ['CREATE TABLE seed (id int PRIMARY KEY, note text, body text);'];
  for (let row = 0; row < rows; row += 1) {
    parts.push(
      `-- row ${row}; a comment with a semicolon\nINSERT INTO seed VALUES (${row}, 'it''s; ünïcode ${row}', '${'x'.repeat(300)}'), (${row + rows * 10}, E'\\n;', NULL);`,
      `/* block; ${row} */ UPDATE seed SET note = $q$ a;b $q$ WHERE id = ${row};`,
      `DO $do$ BEGIN PERFORM ${row}; END $do$;`,
    );
  }
  return parts.join('\n');
}

/** The oracle: statements as libpg-query's parser cuts the whole text (text, line, column). */
function parserStatements(sql: string): [string, number, number][] {
  const bytes = Buffer.from(sql, 'utf8');
  const lineStarts = [0];
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) lineStarts.push(index + 1);
  const tokens = scanSync(sql).tokens.filter((token) => token.tokenName !== 'SQL_COMMENT' && token.tokenName !== 'C_COMMENT');
  let next = 0;
  return (parseSync(sql).stmts ?? []).map((raw) => {
    const location = raw.stmt_location ?? 0;
    while (tokens[next]!.start < location) next += 1;
    const start = tokens[next]!.start;
    const end = raw.stmt_len ? location + raw.stmt_len : bytes.length;
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > start) line -= 1;
    const column = bytes.toString('utf8', lineStarts[line], start).length + 1;
    return [bytes.toString('utf8', start, end).trim(), line + 1, column];
  });
}

describe('compareVersions', () => {
  it.each([
    ['2', '10', -1],
    ['0002', '10', -1],
    ['1.2', '1.10', -1],
    ['1.1', '1', 1],
    ['20240101120000', '20240101120000', 0],
    ['2024-01-02', '2024-01-10', -1],
    ['99', 'R', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
