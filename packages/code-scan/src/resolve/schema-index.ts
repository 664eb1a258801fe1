import type { SchemaSnapshot, TableRef } from '@ripple/model';
import { PREFIXED_TABLE } from '../facts/file-facts.js';

/** The base schema, indexed for name resolution: which table an unqualified name means, which columns it has. */
export interface SchemaIndex {
  /** `customers` -> `public.customers` (search path `public`, then a table of that name in exactly one schema). */
  resolveTable(name: string, schema?: string): TableRef;
  /** The columns of a table in the schema, in attnum order; undefined when the table is not in the schema. */
  columnsOf(table: TableRef): readonly string[] | undefined;
  /** A column's type as `format_type` prints it (`"ViewMode"`, `"AccessPermission"[]`); undefined when unknown. */
  typeOf?(table: TableRef, column: string): string | undefined;
  /** Every table of the schema, in the snapshot's order. */
  readonly tables: readonly TableRef[];
}

export function indexSchema(schema: SchemaSnapshot): SchemaIndex {
  const columns = new Map<string, readonly string[]>();
  const types = new Map<string, string>();
  const schemasByTable = new Map<string, string[]>();
  for (const table of schema.tables) {
    columns.set(`${table.schema}.${table.name}`, [...table.columns].sort((a, b) => a.position - b.position).map((column) => column.name));
    for (const column of table.columns) types.set(`${table.schema}.${table.name}\u0000${column.name}`, column.type);
    schemasByTable.set(table.name, [...(schemasByTable.get(table.name) ?? []), table.schema]);
  }
  // Every schema the database has, tables or not (an empty stand-in schema too).
  const knownSchemas = new Set([...schema.schemas, ...schema.tables.map((table) => table.schema)]);
  return {
    resolveTable(name, explicit) {
      if (explicit !== undefined) {
        // A schema the database does not have at all: the app runs the migrations under a search path of its own
        // (nango's records store, `searchPath: ['nango_records']`), which the replay does not, so the tables landed
        // elsewhere; the name is the one table of that name, if one.
        const elsewhere = knownSchemas.has(explicit) ? [] : (schemasByTable.get(name) ?? []);
        return { schema: elsewhere.length === 1 ? elsewhere[0]! : explicit, table: name };
      }
      if (name.startsWith(PREFIXED_TABLE)) {
        // `dbNamespace + 'active_logs'`: the one table whose name ends so, else none.
        const end = name.slice(PREFIXED_TABLE.length);
        const ending = schema.tables.filter((table) => table.name.endsWith(end));
        if (ending.length === 1) return { schema: ending[0]!.schema, table: ending[0]!.name };
      }
      const schemas = schemasByTable.get(name) ?? [];
      if (schemas.includes('public') || schemas.length !== 1) return { schema: 'public', table: name };
      return { schema: schemas[0]!, table: name };
    },
    columnsOf: (table) => columns.get(`${table.schema}.${table.table}`),
    typeOf: (table, column) => types.get(`${table.schema}.${table.table}\u0000${column}`),
    tables: schema.tables.map((table) => ({ schema: table.schema, table: table.name })),
  };
}
