import type { Knex } from 'knex';
import { Node } from '../ts-morph-lazy.js';
import type { CodeMigrationAdapter, EntryFunction } from '../code-migration.js';
import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import { replayOnKnex } from '../knex/knex-loader.js';
import type { Migration } from '../migration.js';
import type { MigrationListing, MigrationLoader } from '../migration-loader.js';
import { readStaticValue } from '../static-value.js';

/** The modules a Lucid schema class extends: AdonisJS 6 (`@adonisjs/lucid/schema`) and 5 (`@ioc:Adonis/Lucid/Schema`). */
const LUCID_SCHEMA = /from\s+['"](?:@adonisjs\/lucid\/schema|@ioc:Adonis\/Lucid\/Schema)['"]/;

/** Lucid's insert query builder (`db.table('plans')`): Knex's builder, with `multiInsert(rows)` as `insert(rows)`. */
function insertQuery(builder: Knex.QueryBuilder): unknown {
  return new Proxy(builder, {
    get: (target, key, receiver) => (key === 'multiInsert' ? (rows: readonly Record<string, unknown>[]) => target.insert([...rows]) : (Reflect.get(target, key, receiver) as unknown)),
  });
}

/** Lucid's `raw(sql, bindings)`, on the query client and on the schema class alike: Knex's. */
function rawOf(knex: Knex): (sql: string, bindings?: readonly Knex.RawBinding[]) => Knex.Raw {
  return (sql, bindings) => (bindings ? knex.raw(sql, [...bindings]) : knex.raw(sql));
}

/**
 * Lucid's query client as a deferred callback gets it (`this.defer(async (db) => ...)`, `this.db`): Knex's own
 * builders under Lucid's names, `rawQuery` for `raw`, `query` for a query builder, `table` and `insertQuery` for an
 * insert query builder.
 */
function queryClient(knex: Knex): unknown {
  return new Proxy(knex, {
    get: (target, key, receiver) => {
      if (key === 'rawQuery' || key === 'knexRawQuery') return rawOf(knex);
      if (key === 'query' || key === 'knexQuery') return () => knex.queryBuilder();
      if (key === 'insertQuery') return () => insertQuery(knex.queryBuilder());
      if (key === 'table') return (table: string) => insertQuery(knex(table));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * The instance of the migration's class as Lucid's `BaseSchema` makes it: the class's own properties read statically
 * (`protected tableName = 'users'`), `this.schema` a fresh Knex schema builder at each read (Lucid tracks each
 * and runs them in the order they were made), `this.defer(cb)` the callback replayed at once with the query client
 * (Lucid runs schema calls and deferred callbacks in one sequence, in the order they were made), `this.now()`,
 * `this.raw(...)`, `this.db`.
 */
function schemaInstance(fn: EntryFunction, knex: Knex): unknown {
  const db = queryClient(knex);
  const self: Record<string, unknown> = {
    db,
    now: (precision?: number) => knex.fn.now(precision),
    raw: rawOf(knex),
    defer: (callback: unknown) => (typeof callback === 'function' ? (callback as (client: unknown) => unknown)(db) : undefined),
  };
  Object.defineProperty(self, 'schema', { get: () => knex.schema, enumerable: true });
  const owner = fn.getParent();
  if (owner && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner))) {
    for (const property of owner.getProperties()) {
      const initializer = property.getInitializer();
      if (property.isStatic() || !initializer) continue;
      const value = readStaticValue(initializer);
      if (value.ok) self[property.getName()] = value.value;
    }
  }
  return self;
}

/**
 * AdonisJS Lucid migrations: `database/migrations/1759600256347_alter_users_table.ts` default-exporting a class
 * that extends `BaseSchema`, whose `up()` calls `this.schema.alterTable(this.tableName, (table) => ...)` (Knex's
 * schema builder) and `this.defer(async (db) => ...)` for data. Replayed on Knex as Knex migrations are, with the
 * class's instance as `this` (adocasts/adocasts).
 */
const adapter: CodeMigrationAdapter = {
  format: 'lucid',
  file: /^(\d[\d-]*\d|\d)[-_](.+)\.[cm]?[tj]s$/,
  read: (fn, file, diagnostics, context) => replayOnKnex(fn, file, diagnostics, context, (knex) => ({ params: [], self: schemaInstance(fn, knex) })),
};

/** `static disableTransactions = true`: Lucid runs that file's statements without a transaction. */
async function withTransactionMode(migration: Migration, listing: MigrationListing): Promise<Migration> {
  const name = migration.file.slice(migration.file.lastIndexOf('/') + 1);
  return /\bstatic\s+disableTransactions\s*=\s*true\b/.test(await listing.read(name)) ? { ...migration, runnerTransaction: 'none' } : migration;
}

export const lucidLoader: MigrationLoader = {
  format: 'lucid',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) if (LUCID_SCHEMA.test(await listing.read(file))) return true;
    return false;
  },
  load: async (listing) => Promise.all((await loadCodeMigrations(listing, adapter)).map((migration) => withTransactionMode(migration, listing))),
};
