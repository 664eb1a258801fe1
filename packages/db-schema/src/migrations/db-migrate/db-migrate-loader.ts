import { createRequire } from 'node:module';
import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter, EntryFunction } from '../code-migration.js';
import { loadCodeMigrations, someCodeFile } from '../code-migration.js';
import type { MigrationStatement } from '../migration.js';
import type { MigrationListing } from '../migration-loader.js';
import { repoPath } from '../migration-loader.js';
import type { MigrationLoader } from '../migration-loader.js';
import { currentCallSite, replayBuilderCalls, statementsOfCall } from '../replay-builder-calls.js';
import { splitStatements } from '../split-statements.js';

type Callback = (error: unknown, result?: unknown) => void;
type Task = (done: Callback) => unknown;

interface DbMigrateModules {
  readonly PgDriver: new (connection: unknown, schema: string, internals: unknown) => unknown;
  readonly dataType: Readonly<Record<string, string>>;
}

let modules: DbMigrateModules | undefined;

/** db-migrate's own PostgreSQL driver and data types (CommonJS packages without types). */
function loadDbMigrate(): DbMigrateModules {
  const require = createRequire(import.meta.url);
  modules ??= {
    PgDriver: (require('db-migrate-pg') as { base: DbMigrateModules['PgDriver'] }).base,
    dataType: (require('db-migrate-shared') as { dataType: DbMigrateModules['dataType'] }).dataType,
  };
  return modules;
}

/** `async.series([db.addColumn.bind(db, ...), ...], callback)`: the tasks one after the other, as the `async` package runs them. */
function runSeries(tasks: unknown, done?: unknown): Promise<void> {
  const list = (Array.isArray(tasks) ? tasks : Object.values(tasks as object)) as Task[];
  const all = list.reduce<Promise<void>>(
    (previous, task) => previous.then(() => new Promise<void>((resolve, reject) => void task((error) => (error ? reject(error as Error) : resolve())))),
    Promise.resolve(),
  );
  return all.then(() => {
    if (typeof done === 'function') (done as Callback)(null);
  });
}

/** The `sqls/<name>-up.sql` file the generated migration reads with `fs.readFile`, named by a string in its body. */
function sqlFileOf(fn: EntryFunction, listing: MigrationListing): string | undefined {
  for (const literal of fn.getDescendants()) {
    if (!Node.isStringLiteral(literal) && !Node.isNoSubstitutionTemplateLiteral(literal)) continue;
    const name = /([^/'"]+-(?:up|down)\.sql)$/.exec(literal.getLiteralText())?.[1];
    if (name && listing.files.includes(`sqls/${name}`)) return `sqls/${name}`;
  }
  return undefined;
}

/**
 * db-migrate migrations: `20240101120000-add-pets.js` exporting `up(db, callback)` / `down`, callbacks or promises.
 * The calls are replayed on db-migrate's own PostgreSQL driver over a connection that records SQL instead of
 * sending it (its data types: `string` -> VARCHAR, `datetime` -> TIMESTAMP, ...). The SQL-file layout
 * (`sqls/<name>-up.sql` read by the generated file) reads those files.
 */
function adapterFor(listing: MigrationListing): CodeMigrationAdapter {
  return {
    format: 'db-migrate',
    file: /^(\d+)-(.+)\.[cm]?[tj]s$/,
    read: async (fn, file, diagnostics, { globals, modules: project }) => {
      const sqlFile = sqlFileOf(fn, listing);
      if (sqlFile) return splitStatements(await listing.read(sqlFile), repoPath(listing, sqlFile));
      const { PgDriver, dataType } = loadDbMigrate();
      const statements: MigrationStatement[] = [];
      const connection = {
        query: (...args: unknown[]) => {
          const callback = args.at(-1) as Callback;
          const params = Array.isArray(args[1]) ? (args[1] as unknown[]) : [];
          if (params.length > 0) {
            process.nextTick(() => callback(new Error('SQL with parameters is not replayed')));
            return;
          }
          statements.push(...statementsOfCall(String(args[0]), file, currentCallSite() ?? fn));
          process.nextTick(() => callback(null, { rows: [] }));
        },
      };
      const ignore = () => undefined;
      const log = { warn: ignore, info: ignore, verbose: ignore, sql: ignore, error: ignore, silence: ignore };
      const db = new PgDriver(connection, 'public', { mod: { log, type: dataType }, migrationTable: 'migrations' });
      await replayBuilderCalls(
        fn,
        {
          library: 'db-migrate',
          params: [db, ignore],
          modules: { async: { series: runSeries, waterfall: runSeries }, 'db-migrate': { dataType } },
          globals: { ...globals, dbm: { dataType }, type: dataType },
          ...(project ? { project } : {}),
          // db-migrate's driver returns Bluebird promises: awaited as native ones.
          settle: (value) => (value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function' ? Promise.resolve(value) : value),
        },
        file,
        diagnostics,
      );
      return statements;
    },
  };
}

export const dbMigrateLoader: MigrationLoader = {
  format: 'db-migrate',
  detect: (listing) =>
    someCodeFile(listing, (text) => /exports\.setup\s*=|\bdbm\b|\bdb\.(?:runSql|createTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|addForeignKey)\(/.test(text)),
  order: 'file-name',
  load: (listing) => loadCodeMigrations(listing, adapterFor(listing)),
};
