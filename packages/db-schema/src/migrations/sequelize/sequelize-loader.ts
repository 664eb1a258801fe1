import { createRequire } from 'node:module';
import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { loadCodeMigrations, someCodeFile } from '../code-migration.js';
import type { MigrationStatement } from '../migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { currentCallSite, replayBuilderCalls, statementsOfCall } from '../replay-builder-calls.js';

/** Query types Sequelize uses to read the catalog: answered without recording (nothing exists until replayed). */
const READ_TYPES = new Set(['SELECT', 'DESCRIBE', 'SHOWINDEXES', 'SHOWTABLES', 'FOREIGNKEYS', 'SHOWCONSTRAINTS', 'VERSION']);

/** What `describeTable` answers for any column: `renameColumn` only needs the column to exist. */
const ANY_COLUMN = new Proxy(
  { column: {} },
  { get: (_target, key) => (typeof key === 'string' ? { type: 'TEXT', allowNull: true, defaultValue: null, primaryKey: false } : undefined) },
);

/**
 * Sequelize 1 to 3's foreign key spelling, `references: 'Groups', referencesKey: 'id'`, as Sequelize 6's
 * `references: { model: 'Groups', key: 'id' }` (which no longer reads the string form): histories started in 2015,
 * such as opencollective-api's, still hold it.
 */
function legacyReferences(attribute: unknown): unknown {
  if (typeof attribute !== 'object' || attribute === null) return attribute;
  const { references, referencesKey, ...rest } = attribute as { references?: unknown; referencesKey?: unknown };
  if (typeof references !== 'string') return attribute;
  return { ...rest, references: { model: references, key: typeof referencesKey === 'string' ? referencesKey : 'id' } };
}

/** createTable, addColumn and changeColumn on a query interface read the legacy spelling too. */
function withLegacyReferences(queryInterface: Record<string, unknown>): void {
  const wrap = (name: string, map: (args: unknown[]) => unknown[]) => {
    const original = queryInterface[name] as (...args: unknown[]) => unknown;
    queryInterface[name] = (...args: unknown[]) => original.apply(queryInterface, map(args));
  };
  wrap('createTable', ([table, attributes, ...rest]) => [
    table,
    typeof attributes === 'object' && attributes !== null ? Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, legacyReferences(value)])) : attributes,
    ...rest,
  ]);
  wrap('addColumn', ([table, column, attribute, ...rest]) => [table, column, legacyReferences(attribute), ...rest]);
  wrap('changeColumn', ([table, column, attribute, ...rest]) => [table, column, legacyReferences(attribute), ...rest]);
}

/**
 * Sequelize migrations, as sequelize-cli (`up(queryInterface, Sequelize)`) and umzug (`up({ context })`) run them.
 * The calls are replayed on a real Sequelize for postgres whose `query` records SQL instead of sending it: the SQL
 * is Sequelize's own (types, ENUM types `enum_<table>_<column>`, references, indexes, constraints, bulk DML).
 */
const adapter: CodeMigrationAdapter = {
  format: 'sequelize',
  file: /^(\d{4}\.\d{2}\.\d{2}T\d{2}\.\d{2}\.\d{2}|\d+)[-_.](.+)\.[cm]?[tj]s$/,
  read: async (fn, file, diagnostics, { globals, modules: project }) => {
    const module = await import('sequelize');
    const { Sequelize } = module;
    const sequelize = new Sequelize({ dialect: 'postgres', logging: false });
    const statements: MigrationStatement[] = [];
    const { dialect } = sequelize as unknown as { dialect: unknown };
    const { injectReplacements } = createRequire(import.meta.url)('sequelize/lib/utils/sql') as {
      injectReplacements: (sql: string, dialect: unknown, replacements: unknown) => string;
    };
    const record = (sql: string | { query: string }, options?: { type?: string; plain?: boolean; replacements?: unknown; bind?: unknown }) => {
      if (options?.type !== undefined && READ_TYPES.has(options.type)) {
        return Promise.resolve(options.type === 'DESCRIBE' ? ANY_COLUMN : options.plain ? null : []);
      }
      if (options?.bind !== undefined) return Promise.reject(new Error('a query with bind parameters is not replayed'));
      const text = typeof sql === 'string' ? sql : sql.query;
      // `:name` and `?` replacements are Sequelize's own escaping, as its `query` would inject them.
      const replaced = options?.replacements === undefined ? text : injectReplacements(text, dialect, options.replacements);
      statements.push(...statementsOfCall(replaced, file, currentCallSite() ?? fn));
      return Promise.resolve([[], 0]);
    };
    const transaction = { commit: async () => undefined, rollback: async () => undefined, afterCommit: () => undefined };
    const runInTransaction = (first?: unknown, second?: unknown) => {
      const callback = typeof first === 'function' ? first : second;
      return Promise.resolve(typeof callback === 'function' ? (callback as (t: unknown) => unknown)(transaction) : transaction);
    };
    Object.assign(sequelize, { query: record, transaction: runInTransaction });
    Object.assign(sequelize.connectionManager, { _refreshDynamicOIDs: async () => undefined });
    const queryInterface = sequelize.getQueryInterface();
    withLegacyReferences(queryInterface as unknown as Record<string, unknown>);
    // umzug's context is often the Sequelize instance itself: both spellings reach the same recorder.
    Object.assign(queryInterface, { getQueryInterface: () => queryInterface, query: record, transaction: runInTransaction });
    const first = fn.getParameters()[0]?.getNameNode();
    const context = first && Node.isObjectBindingPattern(first) ? { context: queryInterface } : queryInterface;
    await replayBuilderCalls(
      fn,
      {
        library: 'Sequelize',
        params: [context, Sequelize],
        globals,
        ...(project ? { project } : {}),
        modules: { sequelize: module },
        settle: (value) => value,
      },
      file,
      diagnostics,
    );
    return statements;
  },
};

export const sequelizeLoader: MigrationLoader = {
  format: 'sequelize',
  detect: (listing) => someCodeFile(listing, (text) => /\bqueryInterface\b|QueryInterface|from ['"]sequelize['"]|require\(['"]sequelize['"]\)/.test(text)),
  order: 'file-name',
  load: (listing) => loadCodeMigrations(listing, adapter),
};
