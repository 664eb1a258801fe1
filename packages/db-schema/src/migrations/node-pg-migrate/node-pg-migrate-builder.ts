import type * as NodePgMigrateModule from 'node-pg-migrate';
import type { MigrationBuilder as Builder } from 'node-pg-migrate';
import type { SourceFile } from 'ts-morph';
import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import type { StaticHooks, StaticValue } from '../static-value.js';
import { readStaticValue } from '../static-value.js';

type NodePgMigrate = typeof NodePgMigrateModule;

/** What node-pg-migrate's builder may ask of the database while it writes SQL: nothing, here. */
const NO_DATABASE = {
  query: () => Promise.reject(new Error('no database: Ripple only records the SQL')),
  select: () => Promise.reject(new Error('no database: Ripple only records the SQL')),
};
const SILENT = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * node-pg-migrate JS/TS migrations, `exports.up = (pgm) => { pgm.addColumns(...); ... }`: every `pgm.<operation>`
 * call whose arguments are constants of the file is replayed onto node-pg-migrate's own MigrationBuilder (built
 * with a database that is never asked), so its SQL is the SQL node-pg-migrate sends; `pgm.func('now()')` and `new PgLiteral('...')`
 * are its PgLiteral and `exports.shorthands` its type shorthands. `pgm.sql('...')` and `pgm.db.query('...')` with one literal
 * keep their text's positions. A file without `down` gets node-pg-migrate's inferred one (each call reversed, last
 * to first). Other calls (a loop's variable, `pgm.db.select`) are reported.
 */
export function nodePgMigrateAdapter(library: NodePgMigrate): CodeMigrationAdapter {
  const shorthandsOf = new WeakMap<SourceFile, StaticValue>();
  const hooksFor = (param: string): StaticHooks => ({
    call: (callee, args, isNew) =>
      (callee === `${param}.func` || callee === 'PgLiteral.create' || (isNew && callee === 'PgLiteral')) && typeof args[0] === 'string'
        ? library.PgLiteral.create(args[0])
        : undefined,
  });
  const shorthands = (source: SourceFile, param: string): StaticValue => {
    if (!shorthandsOf.has(source)) {
      let found: StaticValue;
      source.forEachDescendant((node, traversal) => {
        let value: Node | undefined;
        if (Node.isBinaryExpression(node) && /^(?:module\.)?exports\.shorthands$/.test(node.getLeft().getText())) value = node.getRight();
        else if (Node.isVariableDeclaration(node) && node.getName() === 'shorthands' && node.getVariableStatement()?.isExported()) value = node.getInitializer();
        if (!value) return undefined;
        const read = readStaticValue(value, hooksFor(param));
        if (read.ok) found = read.value;
        return traversal.stop();
      });
      shorthandsOf.set(source, found);
    }
    return shorthandsOf.get(source);
  };
  const classify = (reverse: boolean): NonNullable<CodeMigrationAdapter['classify']> => (node, param) => {
      if (!Node.isCallExpression(node) || param === '') return undefined;
      const callee = node.getExpression();
      if (!Node.isPropertyAccessExpression(callee)) return undefined;
      const target = callee.getExpression().getText();
      const operation = callee.getName();
      const [first, second] = node.getArguments();
      if (target === `${param}.db`) {
        return operation === 'query' && first ? { kind: 'sql', sql: first, ...(second ? { params: second } : {}) } : { kind: 'dynamic', node, why: 'the migration reads the database' };
      }
      if (target !== param) return undefined;
      if (operation === 'noTransaction' || operation === 'func') return { kind: 'generated', node, sql: [] };
      if (operation === 'sql' && first && !second && !reverse) return { kind: 'sql', sql: first };
      const builder = new library.MigrationBuilder(NO_DATABASE as never, shorthands(node.getSourceFile(), param) as never, false, SILENT);
      if (reverse) builder.enableReverseMode();
      const method = (builder as unknown as Record<string, unknown>)[operation];
      if (typeof method !== 'function' || operation === 'getSql' || operation === 'getSqlSteps') {
        return { kind: 'dynamic', node, why: `node-pg-migrate has no operation ${operation}` };
      }
      const args: StaticValue[] = [];
      for (const argument of node.getArguments()) {
        const value = readStaticValue(argument, hooksFor(param));
        if (!value.ok) return { kind: 'dynamic', node, why: value.why };
        args.push(value.value);
      }
      try {
        (method as (...values: StaticValue[]) => void).apply(builder, args);
      } catch (error) {
        return { kind: 'dynamic', node, why: `node-pg-migrate refuses it: ${error instanceof Error ? error.message : String(error)}` };
      }
      // in reverse mode the builder already lists the call's steps in the order node-pg-migrate runs them
      return { kind: 'generated', node, sql: (builder as Builder).getSqlSteps() };
    };
  return {
    format: 'node-pg-migrate',
    file: /^(\d+)[_-](.+)\.[cm]?[tj]s$/,
    classify: classify(false),
    reverse: classify(true),
  };
}
