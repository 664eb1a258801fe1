import { ownEntry } from '@ripple/model';
import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { Migration } from '../migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import type { StaticHooks, StaticValue } from '../static-value.js';
import { readStaticValue } from '../static-value.js';
import { QUERY_RUNNER_SQL, TYPEORM_METADATA_TABLE, TypeormArgumentError } from './typeorm-sql.js';

/** `new Table({...})`, `new TableColumn({...})`, ...: the options object TypeORM's class would hold. */
const HOOKS: StaticHooks = {
  call: (callee, args, isNew) =>
    isNew && /^(?:typeorm\.)?Table(?:Column|Index|ForeignKey|Unique|Check|Exclusion)?$/.test(callee) ? (args[0] ?? {}) : undefined,
};

/**
 * TypeORM migration classes: `1700000000000-AddEmail.ts` with `async up(queryRunner: QueryRunner)`. SQL is the first
 * argument of `queryRunner.query(...)` (its literal parameters bound); the schema API (`addColumn`, `createTable`,
 * `renameColumn`, `createIndex`, ...) with literal arguments becomes the SQL TypeORM's PostgresQueryRunner sends
 * (typeorm-sql.ts). Other `queryRunner.*` calls, and arguments that are not constants of the file, are reported.
 */
const adapter: CodeMigrationAdapter = {
  format: 'typeorm',
  file: /^(\d+)-(.+)\.[cm]?[tj]s$/,
  contextProperty: 'queryRunner',
  classify: (node, param) => {
    if (!Node.isCallExpression(node)) return undefined;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== param) return undefined;
    const method = callee.getName();
    const [sql, params] = node.getArguments();
    if (method === 'query' && sql) return { kind: 'sql', sql, ...(params ? { params } : {}) };
    const build = ownEntry(QUERY_RUNNER_SQL, method);
    if (/^has[A-Z]/.test(method)) {
      return { kind: 'dynamic', node, why: 'a question to the live database, taken as letting the statements it guards run' };
    }
    if (!build) return { kind: 'dynamic', node, why: 'TypeORM builds this SQL at run time' };
    const args: StaticValue[] = [];
    for (const argument of node.getArguments()) {
      const value = readStaticValue(argument, HOOKS);
      if (!value.ok) return { kind: 'dynamic', node, why: value.why };
      args.push(value.value);
    }
    try {
      return { kind: 'generated', node, sql: build(...args) };
    } catch (error) {
      if (error instanceof TypeormArgumentError) return { kind: 'dynamic', node, why: error.message };
      throw error;
    }
  },
};

/**
 * What TypeORM makes at run time before migrations run, by what a migration's SQL uses: the `typeorm_metadata` table
 * (RdbmsSchemaBuilder, for views and generated columns) and the extensions PostgresDriver.afterConnect enables for
 * the entities' column types (`uuid-ossp` for generated uuids, citext, hstore, ltree, cube).
 */
const RUNTIME_OBJECTS: readonly (readonly [RegExp, string])[] = [
  [/\buuid_generate_v[14]\s*\(/i, 'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"'],
  [/\bcitext\b/i, 'CREATE EXTENSION IF NOT EXISTS "citext"'],
  [/\bhstore\b/i, 'CREATE EXTENSION IF NOT EXISTS "hstore"'],
  [/\bltree\b/i, 'CREATE EXTENSION IF NOT EXISTS "ltree"'],
  [/\bcube\b/i, 'CREATE EXTENSION IF NOT EXISTS "cube"'],
  [/\btypeorm_metadata\b/, TYPEORM_METADATA_TABLE],
];

/** A migration whose SQL uses one of TypeORM's run-time objects gets it as `setup`, at the file's first line. */
function withRuntimeObjects(migration: Migration): Migration {
  const statements = [...migration.up, ...(migration.down?.statements ?? [])];
  const setup = RUNTIME_OBJECTS.filter(([uses]) => statements.some((statement) => uses.test(statement.sql))).map(([, sql]) => ({
    file: migration.file,
    sql,
    line: 1,
    column: 1,
  }));
  return setup.length > 0 ? { ...migration, setup } : migration;
}

export const typeormLoader: MigrationLoader = {
  format: 'typeorm',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      // n8n's migrations implement its own ReversibleMigration / IrreversibleMigration over a MigrationContext.
      if (/MigrationInterface|QueryRunner|\b(?:Reversible|Irreversible)Migration\b|\bMigrationContext\b/.test(await listing.read(file))) return true;
    }
    return false;
  },
  load: async (listing) => (await loadCodeMigrations(listing, adapter)).map(withRuntimeObjects),
};
