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

  it('throws migration/syntax-error at the character position, after the origin', () => {
    expect(() => splitStatements('SELECT 1;\nSELEC 2', 'm.ts', { line: 4, column: 10 })).toThrowError(
      expect.objectContaining({ code: 'migration/syntax-error', location: { file: 'm.ts', line: 5, column: 1 } }),
    );
  });
});

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
