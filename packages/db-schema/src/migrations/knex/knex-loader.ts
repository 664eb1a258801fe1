import type { Diagnostic } from '@ripple/model';
import type { Knex } from 'knex';
import type { CodeMigrationAdapter, EntryFunction, ReplayContext } from '../code-migration.js';
import { codeFiles, loadCodeMigrations, someCodeFile } from '../code-migration.js';
import type { MigrationStatement } from '../migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { replayBuilderCalls, statementsOfCall } from '../replay-builder-calls.js';

interface CompiledQuery {
  readonly sql: string;
  readonly bindings?: readonly unknown[];
}

/** A Knex builder that makes SQL: a schema builder, a query builder or `knex.raw`; not a table or column builder. */
function isStatementBuilder(value: unknown): value is { toSQL(): CompiledQuery | CompiledQuery[] } {
  const name = (value as { constructor?: { name?: string } } | null)?.constructor?.name ?? '';
  return (name === 'SchemaBuilder' || name === 'Raw' || name.startsWith('QueryBuilder')) && typeof (value as { toSQL?: unknown }).toSQL === 'function';
}

/** What a replay on Knex hands the function: its parameters, and the value of `this` (a Lucid schema class's instance). */
export interface KnexReplayArguments {
  readonly params: readonly unknown[];
  readonly self?: unknown;
}

/**
 * Replays an up/down function on a real Knex for the `pg` client, which compiles the calls to SQL without a
 * connection; `args` makes the function's parameters (and `this`) from that Knex, made transaction-safe.
 */
export async function replayOnKnex(
  fn: EntryFunction,
  file: string,
  diagnostics: Diagnostic[],
  { globals, modules: project }: ReplayContext,
  args: (knex: Knex) => KnexReplayArguments,
): Promise<MigrationStatement[]> {
  // Loaded on first use: a history without Knex migrations never pays for it.
  const { default: knexFactory } = await import('knex');
  const knex: Knex = knexFactory({ client: 'pg' });
  // `knex.transaction(async (trx) => ...)` would connect: the callback is replayed with this Knex as `trx`.
  const replayed: Knex = new Proxy(knex, {
    get: (target, key, receiver) => {
      if (key === 'transaction') return (first?: unknown, second?: unknown) => {
        const callback = typeof first === 'function' ? first : second;
        return Promise.resolve(typeof callback === 'function' ? (callback as (trx: Knex) => unknown)(replayed) : replayed);
      };
      if (key === 'commit' || key === 'rollback') return async () => undefined;
      // The migrator and seeder load the project's own files and run them: never reached from a replay.
      if (key === 'migrate' || key === 'seed') return undefined;
      // `knex.batchInsert(table, rows)` runs in a transaction of its own: the same rows as one insert.
      if (key === 'batchInsert') return (table: string, rows: readonly Record<string, unknown>[]) => knex(table).insert(rows);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const { params, self } = args(replayed);
  const statements: MigrationStatement[] = [];
  await replayBuilderCalls(
    fn,
    {
      library: 'Knex',
      params,
      ...(self !== undefined ? { self } : {}),
      globals,
      ...(project ? { project } : {}),
      settle: (value, at) => {
        if (!isStatementBuilder(value)) return value;
        // toSQL calls a schema builder's callback; a query it awaits there (`await knex('users').update(...)`)
        // starts while the builder compiles but reaches the database after the builder's own statements.
        const before = statements.length;
        const compiled = value.toSQL();
        const awaitedInCallback = statements.splice(before);
        for (const query of Array.isArray(compiled) ? compiled : [compiled]) {
          const sql = query.bindings && query.bindings.length > 0 ? knex.raw(query.sql, [...query.bindings] as Knex.RawBinding[]).toQuery() : query.sql;
          statements.push(...statementsOfCall(sql, file, at));
        }
        statements.push(...awaitedInCallback);
        return undefined;
      },
    },
    file,
    diagnostics,
  );
  return statements;
}

/**
 * Knex migrations: `20240101120000_add_email.js` exporting `up(knex)` / `down(knex)`. The calls are replayed on a
 * real Knex for the `pg` client, which compiles them to SQL without a connection: `knex.schema.alterTable(...)`,
 * `createTable`, `knex.raw`, `knex('t').update(...)`; chains, `.then(...)` and `Promise.all([...])` included.
 */
const adapter: CodeMigrationAdapter = {
  format: 'knex',
  file: /^(\d[\d-]*\d|\d)[-_](.+)\.[cm]?[tj]s$/,
  read: (fn, file, diagnostics, context) => replayOnKnex(fn, file, diagnostics, context, (knex) => ({ params: [knex] })),
};

/**
 * `2.5.12.js`: a folder of files named by a release's version, run by a migration source of the project's own that
 * sorts them as versions (wiki.js: `sort(semver.compare)`), so `2.10.0` runs after `2.9.0`; the version is the name.
 */
const VERSION_FILE = /^((\d+\.\d+\.\d+))\.[cm]?[tj]s$/;
const versionNamed: CodeMigrationAdapter = { ...adapter, file: VERSION_FILE };

/** True when every code file of the folder is named by a version: Knex's own name order is then not the one used. */
function namedByVersion(files: readonly string[]): boolean {
  return files.length > 0 && files.every((file) => VERSION_FILE.test(file));
}

export const knexLoader: MigrationLoader = {
  format: 'knex',
  detect: (listing) => someCodeFile(listing, (text) => /\bknex\b|from ['"]knex['"]/i.test(text) && /\bup\b/.test(text)),
  order: (migrations) => (namedByVersion(migrations.map((migration) => migration.file.slice(migration.file.lastIndexOf('/') + 1))) ? 'version' : 'file-name'),
  load: (listing) => loadCodeMigrations(listing, namedByVersion(codeFiles(listing)) ? versionNamed : adapter),
};
