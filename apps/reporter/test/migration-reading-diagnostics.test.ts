import type { Migration } from '@ripple/db-schema';
import type { Diagnostic } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { migrationReadingDiagnostics } from '../src/pipeline/analyse-repository.js';

const notStatic = (file: string, line: number, call: string): Diagnostic => ({
  kind: 'diagnostic',
  code: 'migration/not-static',
  message: `${call}: the SQL is not a string literal; its SQL is not applied`,
  location: { file, line },
});

function migration(file: string, diagnostics: readonly Diagnostic[]): Migration {
  return { kind: 'migration', file, version: file.slice(0, 4), name: file, format: 'knex', up: [], diagnostics };
}

describe('migrationReadingDiagnostics: what the loaders could not read reaches the report', () => {
  it('lists each one for the new migrations, one per file and code for the base, never the syntax errors', () => {
    const base = [
      migration('0001_a.js', [notStatic('0001_a.js', 3, 'knex(x)'), notStatic('0001_a.js', 9, 'knex(y)')]),
      migration('0002_b.js', [{ kind: 'diagnostic', code: 'migration/syntax-error', message: 'syntax error at or near "x"', location: { file: '0002_b.js', line: 1 } }]),
    ];
    const added = [migration('0003_c.js', [notStatic('0003_c.js', 4, 'helper(knex)'), notStatic('0003_c.js', 7, 'other(knex)')])];
    expect(migrationReadingDiagnostics(base, added).map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line} ${diagnostic.message}`)).toEqual([
      'migration/not-static 0001_a.js:3 base migration: 2 statements not applied, the first: knex(x): the SQL is not a string literal; its SQL is not applied',
      'migration/not-static 0003_c.js:4 helper(knex): the SQL is not a string literal; its SQL is not applied',
      'migration/not-static 0003_c.js:7 other(knex): the SQL is not a string literal; its SQL is not applied',
    ]);
  });
});
