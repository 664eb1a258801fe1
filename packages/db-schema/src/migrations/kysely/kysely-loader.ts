import * as kysely from 'kysely';
import type { AlterTableBuilder, CompiledQuery, DatabaseConnection, Driver, QueryResult, SchemaModule } from 'kysely';
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter } from '../code-migration.js';
import { bindParameters, codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { Migration, MigrationStatement } from '../migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { repoPath } from '../migration-loader.js';
import { currentCallSite, notStatic, replayBuilderCalls, statementsOfCall } from '../replay-builder-calls.js';
import { splitStatements } from '../split-statements.js';
import type { StaticValue } from '../static-value.js';

/**
 * Kysely migrations: files exporting `up(db: Kysely<any>)` / `down(db)`. The calls are replayed on a real Kysely
 * whose dialect is PostgreSQL's adapter and query compiler over a driver that records each compiled query instead of
 * sending it: `db.schema.createTable(...).addColumn(...).execute()`, `alterTable`, `createIndex`, `createView`,
 * `sql\`...\`.execute(db)` (substitutions as Kysely binds them), `db.insertInto(...)`. A query that reads rows
 * (`db.selectFrom(...).execute()`) is not replayed: the replay has no rows to give back. Kysely before 0.23 chained
 * `alterColumn('c').dropNotNull()` (atproto's 2023 migrations); that spelling is replayed as today's callback.
 */
const adapter: CodeMigrationAdapter = {
  format: 'kysely',
  file: /^(?:(\d{8}T\d{6,9}Z|\d+(?:[_-]\d+)*)[_-])?(.+?)\.[cm]?[tj]s$/,
  read: async (fn, file, diagnostics, { globals, modules: project }) => {
    const statements: MigrationStatement[] = [];
    const connection: DatabaseConnection = {
      executeQuery: <R>(compiled: CompiledQuery): Promise<QueryResult<R>> => {
        const at = currentCallSite() ?? fn;
        const kind = compiled.query.kind;
        if (kind === 'SelectQueryNode') {
          return Promise.reject(notStatic(at, 'the query reads rows from the database, which a replay does not have'));
        }
        const sql = compiled.parameters.length > 0 ? bindParameters(compiled.sql, compiled.parameters.map(staticParameter)) : compiled.sql;
        statements.push(...statementsAt(sql, file, at));
        // Rows a statement returns (RETURNING, a raw query) are unknown: using them is reported where they are used.
        const returning = (compiled.query as { returning?: unknown }).returning !== undefined;
        return Promise.resolve((kind === 'RawNode' || returning ? { rows: undefined } : { rows: [] }) as unknown as QueryResult<R>);
      },
      streamQuery: () => {
        throw notStatic(currentCallSite() ?? fn, 'a streamed query reads rows from the database, which a replay does not have');
      },
    };
    const nothing = async () => undefined;
    const driver: Driver = {
      init: nothing,
      acquireConnection: async () => connection,
      // Kysely's Migrator runs the file in one transaction; the replay does the same when it applies the statements.
      beginTransaction: nothing,
      commitTransaction: nothing,
      rollbackTransaction: nothing,
      savepoint: nothing,
      rollbackToSavepoint: nothing,
      releaseSavepoint: nothing,
      releaseConnection: nothing,
      destroy: nothing,
    };
    const db = new Kysely<unknown>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => driver,
        createIntrospector: (instance) => new PostgresIntrospector(instance),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    await replayBuilderCalls(fn, { library: 'Kysely', params: [withLegacyAlterColumn(db)], modules: { kysely }, globals, ...(project ? { project } : {}), settle: (value) => value }, file, diagnostics);
    return statements;
  },
};

/** What `alterColumn(column)` offered before Kysely 0.23; today each is a method of the callback's builder. */
const LEGACY_ALTERATIONS = ['setDataType', 'setDefault', 'dropDefault', 'setNotNull', 'dropNotNull'] as const;

/**
 * `db` whose `db.schema.alterTable(t)` (and `withSchema(s).alterTable(t)`) also takes Kysely 0.22's
 * `.alterColumn('c').dropNotNull()`: a one-argument `alterColumn` returns those five methods, each calling today's
 * `alterColumn('c', (col) => col.dropNotNull())`. Everything else is Kysely's own.
 */
function withLegacyAlterColumn(db: Kysely<unknown>): Kysely<unknown> {
  const legacyAlterTable = (builder: AlterTableBuilder) =>
    forwarding(builder, {
      alterColumn: (alterColumn) => (column: string, alteration?: unknown) => {
        if (alteration !== undefined) return (alterColumn as (...args: unknown[]) => unknown)(column, alteration);
        return Object.fromEntries(
          LEGACY_ALTERATIONS.map((name) => [
            name,
            (...args: unknown[]) => builder.alterColumn(column, (col) => (col[name] as (...values: unknown[]) => ReturnType<typeof col.dropNotNull>)(...args)),
          ]),
        );
      },
    });
  const legacySchema = (schema: SchemaModule): SchemaModule =>
    forwarding(schema, {
      alterTable: (alterTable) => (table: string) => legacyAlterTable((alterTable as (name: string) => AlterTableBuilder)(table)),
      withSchema: (withSchema) => (name: string) => legacySchema((withSchema as (name: string) => SchemaModule)(name)),
    });
  return forwarding(db, { schema: (schema) => legacySchema(schema as SchemaModule) });
}

/**
 * A view of a Kysely object whose named members are replaced by `overrides` (given the member as Kysely has it);
 * its other methods are called on the object itself.
 */
function forwarding<T extends object>(target: T, overrides: Readonly<Record<string, (member: unknown) => unknown>>): T {
  return new Proxy(target, {
    get: (object, key) => {
      const value: unknown = Reflect.get(object, key, object);
      // A method runs on the object itself, as its private fields require; a callable with members (`db.fn`, `db.fn.min`)
      // keeps them.
      const bound = typeof value === 'function' ? new Proxy(value, { apply: (method, _receiver, args) => Reflect.apply(method, object, args) }) : value;
      return typeof key === 'string' && Object.hasOwn(overrides, key) ? overrides[key]!(bound) : bound;
    },
  });
}

function staticParameter(value: unknown): StaticValue {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return value as StaticValue;
}

/**
 * Statements of a recorded query at the call that ran it; SQL written as one literal in that call's chain
 * (`sql\`...\`.execute(db)`, `sql.raw('...').execute(db)`) sits at its place inside the literal.
 */
function statementsAt(sql: string, file: string, at: Node): MigrationStatement[] {
  const receiver = Node.isCallExpression(at) ? at.getExpression() : undefined;
  let literal: Node | undefined = receiver && Node.isPropertyAccessExpression(receiver) ? receiver.getExpression() : undefined;
  if (literal && Node.isTaggedTemplateExpression(literal)) literal = literal.getTemplate();
  else if (literal && Node.isCallExpression(literal) && literal.getExpression().getText() === 'sql.raw') literal = literal.getArguments()[0];
  if (literal && (Node.isNoSubstitutionTemplateLiteral(literal) || Node.isStringLiteral(literal)) && literal.getLiteralText() === sql) {
    return splitStatements(sql, file, at.getSourceFile().getLineAndColumnAtPos(literal.getStart() + 1));
  }
  return statementsOfCall(sql, file, at);
}

/** `export * as _20230309T045948368Z from './20230309T045948368Z-init.js'`: the files an index module lists. */
const LISTED = /export\s+\*\s+as\s+\w+\s+from\s+['"]\.\/([^'"]+)['"]/g;
const INDEX = /^index\.[cm]?[tj]s$/;
/** A module that exports `up` at its top level: a migration of its own. */
const EXPORTS_UP = /^export\s+(?:async\s+)?(?:function\s+up\b|const\s+up\b)/m;

export const kyselyLoader: MigrationLoader = {
  format: 'kysely',
  // Kysely's Migrator runs migrations in the order of their names as strings.
  order: 'file-name',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      if (/from ['"]kysely['"]|Kysely</.test(await listing.read(file))) return true;
    }
    return false;
  },
  /**
   * With `FileMigrationProvider`, every code file of the folder is a migration. With a provider of the project's own
   * that reads an index module re-exporting each migration (atproto's `migrations/index.ts`), only the files it
   * lists are: the index and the provider are not migrations, and a migration the index forgets is never run
   * (`migration/not-in-journal`).
   */
  load: async (listing) => {
    const index = codeFiles(listing).find((file) => INDEX.test(file));
    const stems = index ? new Set([...(await listing.read(index)).matchAll(LISTED)].map((match) => match[1]!.replace(/\.[cm]?js$/, ''))) : new Set();
    if (!index || stems.size === 0) return loadCodeMigrations(listing, adapter);
    const listed = (file: string) => stems.has(file.replace(/\.[cm]?[tj]s$/, ''));
    const migrations: Migration[] = [...(await loadCodeMigrations({ ...listing, files: listing.files.filter(listed) }, adapter))];
    for (const file of codeFiles(listing)) {
      if (listed(file) || !EXPORTS_UP.test(await listing.read(file))) continue;
      const match = adapter.file.exec(file);
      migrations.push({
        kind: 'migration',
        file: repoPath(listing, file),
        version: match?.[1] ?? file,
        name: match?.[2] ?? '',
        format: 'kysely',
        up: [],
        diagnostics: [
          {
            kind: 'diagnostic',
            code: 'migration/not-in-journal',
            message: `${file} is not exported from ${repoPath(listing, index)}: Kysely's Migrator never runs it, so it is left out`,
            location: { file: repoPath(listing, file), line: 1, column: 1 },
          },
        ],
      });
    }
    return migrations;
  },
};
