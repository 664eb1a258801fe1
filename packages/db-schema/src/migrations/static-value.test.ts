import { Project, SyntaxKind } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { bindParameters } from './code-migration.js';
import { loadSqlParser } from './split-statements.js';
import type { StaticResult } from './static-value.js';
import { readStaticValue } from './static-value.js';

/** The value of the last `const value = ...` of the source, or the failure's node text and reason. */
function valueOf(source: string): unknown {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('/m.ts', source);
  const declaration = file.getDescendantsOfKind(SyntaxKind.VariableDeclaration).at(-1)!;
  const result: StaticResult = readStaticValue(declaration.getInitializerOrThrow());
  return result.ok ? result.value : `${result.node.getText().slice(0, 30)}: ${result.why}`;
}

describe('readStaticValue', () => {
  it.each([
    ['template of file constants', "const T = 'users'; const P = `${T}_id`; const value = `ALTER TABLE ${T} DROP ${P}`;", 'ALTER TABLE users DROP users_id'],
    ['concatenation and numbers', "const N = 5; const value = 'LIMIT ' + N;", 'LIMIT 5'],
    ['objects, arrays, spreads, shorthands', "const name = 'a'; const base = { type: 'text' }; const value = { name, ...base, list: [1, -2, null] };", { name: 'a', type: 'text', list: [1, -2, null] }],
    ['a property of a constant object', "const TABLES = { users: 'app_users' }; const value = TABLES.users;", 'app_users'],
    ['this.tablePrefix', 'class M { tablePrefix = "x"; f() { const value = `${this.tablePrefix}users`; } }', 'this.tablePrefix: `this.tablePrefix` is not a constant of this file'],
    ['a function parameter', 'function f(table: string) { const value = `DROP TABLE ${table}`; }', 'table: `table` is not a constant of this file'],
    ['a cycle of constants', 'const a = b; const b = a; const value = a;', 'b: the constant refers to itself or through more than 32 others'],
  ])('%s', (_name, source, expected) => {
    expect(valueOf(source)).toEqual(expected);
  });

  it('stops a chain of doubling constants at 1 MB, reading each constant once (30 steps would be 2^30 characters)', () => {
    const lines = ["const a0 = 'x';", ...Array.from({ length: 30 }, (_, index) => `const a${index + 1} = a${index} + a${index};`), 'const value = a30;'];
    expect(valueOf(lines.join('\n'))).toBe('a20 + a20: `a20 + a20` is longer than 1048576 characters');
  });

  it('stops a chain of 40 constants at 32 hops', () => {
    const lines = ["const a0 = 'x';", ...Array.from({ length: 40 }, (_, index) => `const a${index + 1} = a${index};`), 'const value = a40;'];
    expect(valueOf(lines.join('\n'))).toBe('a7: the constant refers to itself or through more than 32 others');
  });
});

describe('bindParameters', () => {
  beforeAll(loadSqlParser);
  it('replaces $n tokens (not text in strings or comments) with SQL literals', () => {
    expect(bindParameters("UPDATE t SET a = $1, b = $2, c = $3 WHERE d = '$1' -- $2", ["it's", 3, null])).toBe(
      "UPDATE t SET a = 'it''s', b = 3, c = NULL WHERE d = '$1' -- $2",
    );
  });
});

