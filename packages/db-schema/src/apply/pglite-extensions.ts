import type { Extension } from '@electric-sql/pglite';
import { parseSync } from 'libpg-query';
import type { Migration } from '../migrations/migration.js';

/**
 * The extensions the migrations create (`CREATE EXTENSION [IF NOT EXISTS] name`, in their setup too), sorted. libpg-query must be loaded
 * (`loadMigrations` does it); a statement that does not parse names none.
 */
export function migrationExtensions(migrations: readonly Migration[]): string[] {
  const names = new Set<string>();
  for (const statement of migrations.flatMap((migration) => [...(migration.setup ?? []), ...migration.up])) {
    if (!/\bextension\b/i.test(statement.sql)) continue;
    try {
      for (const { stmt } of parseSync(statement.sql).stmts ?? []) {
        const name = (stmt as { CreateExtensionStmt?: { extname?: string } } | undefined)?.CreateExtensionStmt?.extname;
        if (name) names.add(name);
      }
    } catch {
      // not parsed: the statement fails when applied, at its file and line
    }
  }
  return [...names].sort();
}

/**
 * PGlite's bundles of the named extensions (`@electric-sql/pglite/contrib/<name>`, `uuid-ossp` as `uuid_ossp`;
 * `vector` from `@electric-sql/pglite/vector`), for `PGlite.create({ extensions })`: without its bundle PGlite says
 * `extension "citext" is not available`. A name PGlite does not bundle (plpgsql is built in) is left out, so its
 * CREATE EXTENSION fails with PostgreSQL's own message at its file and line.
 */
export async function loadPGliteExtensions(names: readonly string[]): Promise<Record<string, Extension>> {
  const extensions: Record<string, Extension> = {};
  for (const name of names) {
    const exportName = name.replace(/-/g, '_');
    if (!/^[a-z0-9_]+$/.test(exportName) || name === 'plpgsql') continue;
    const specifier = exportName === 'vector' ? '@electric-sql/pglite/vector' : `@electric-sql/pglite/contrib/${exportName}`;
    try {
      const bundle = ((await import(specifier)) as Record<string, unknown>)[exportName];
      if (bundle) extensions[exportName] = bundle as Extension;
    } catch {
      // not bundled with this PGlite
    }
  }
  return extensions;
}
