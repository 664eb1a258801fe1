import { parseSync } from 'libpg-query';
import { compareStrings, type Diagnostic, type Location } from '@ripple/model';
import type { PGlite } from '@electric-sql/pglite';
import { eachParseNode } from '../migrations/each-parse-node.js';
import type { Migration } from '../migrations/migration.js';

/** Schemas a database has before any migration runs. */
const BUILT_IN = new Set(['public', 'pg_catalog', 'information_schema', 'pg_toast', 'pg_temp']);

export interface SchemaSite {
  readonly name: string;
  /** The first statement that names it. */
  readonly location: Location;
}

/**
 * The schemas the migrations put objects in (`create table "nango"."_nango_connections"`, `ALTER TABLE
 * audit.events`, an enum `billing.plan`) that none of them creates with CREATE SCHEMA, sorted: the application or its
 * runner creates them (knex's `createSchemaIfNotExists` at start-up, a `search_path` in the connection string), and
 * without them every statement there fails. From libpg-query's parse trees (it must be loaded); only statements that
 * hold a `.` or the word `schema` are parsed.
 */
export function uncreatedSchemas(migrations: readonly Migration[]): SchemaSite[] {
  const named = new Map<string, Location>();
  const created = new Set<string>();
  for (const statement of migrations.flatMap((migration) => [...(migration.setup ?? []), ...migration.up])) {
    if (!statement.sql.includes('.') && !/\bschema\b/i.test(statement.sql)) continue;
    let tree: unknown;
    try {
      tree = parseSync(statement.sql);
    } catch {
      continue; // not parsed: the statement fails when applied, at its file and line
    }
    eachParseNode(tree, (node) => {
      const schema = schemaOf(node);
      if (schema !== undefined && !named.has(schema)) named.set(schema, { file: statement.file, line: statement.line, column: statement.column });
      const createdSchema = (node.CreateSchemaStmt as { schemaname?: string } | undefined)?.schemaname;
      if (createdSchema !== undefined) created.add(createdSchema);
    });
  }
  return [...named]
    .filter(([name]) => !created.has(name) && !BUILT_IN.has(name) && !name.startsWith('pg_'))
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, location]) => ({ name, location }));
}

/** The schema a table (a `RangeVar`, unwrapped where a field holds one: `CreateStmt.relation`) or an enum being created names. */
function schemaOf(node: Record<string, unknown>): string | undefined {
  const range = (node.RangeVar ?? node) as { schemaname?: unknown; relname?: unknown };
  if (typeof range.schemaname === 'string' && range.schemaname !== '' && typeof range.relname === 'string') return range.schemaname;
  const names = (node.CreateEnumStmt as { typeName?: { String?: { sval?: string } }[] } | undefined)?.typeName;
  return names && names.length === 2 ? names[0]?.String?.sval : undefined;
}

/** Creates each schema empty, and says so: one `migration/schema-stand-in` diagnostic each, where it is first named. */
export async function createSchemaStandIns(db: PGlite, schemas: readonly SchemaSite[]): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const { name, location } of schemas) {
    await db.exec(`CREATE SCHEMA IF NOT EXISTS "${name.replaceAll('"', '""')}"`);
    diagnostics.push({
      kind: 'diagnostic',
      code: 'migration/schema-stand-in',
      message: `schema ${name} holds objects the migrations make, but none of them creates it (the application or its migration runner does): created empty before the replay`,
      location,
    });
  }
  return diagnostics;
}
