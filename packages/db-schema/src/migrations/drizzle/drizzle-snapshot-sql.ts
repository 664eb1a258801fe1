import { compareStrings, ownEntry } from '@ripple/model';
import { quoteIdent } from '../../rehearse/sample-values.js';

/**
 * A drizzle-kit PostgreSQL snapshot (`meta/0000_snapshot.json`, version 5 to 7: what `drizzle-kit pull` or `generate`
 * recorded of the schema) as the SQL that makes it, in drizzle-kit's own order: schemas, enums, sequences, tables
 * (columns, primary keys, unique and check constraints), foreign keys, indexes, views. The snapshot records no
 * extensions, but its schema cannot exist without the ones its types and operator classes come from (`vector(768)`,
 * `gin_trgm_ops`): those are created first. Each statement comes with the JSON key it renders, so it can be located
 * in the file. Pure.
 */
export function snapshotSql(snapshot: DrizzleSnapshot): { readonly key: string; readonly sql: string }[] {
  const statements: { key: string; sql: string }[] = [];
  for (const [name, key] of requiredExtensions(snapshot)) statements.push({ key, sql: `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(name)};` });
  for (const name of Object.keys(snapshot.schemas ?? {})) statements.push({ key: name, sql: `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)};` });
  for (const [key, item] of Object.entries(snapshot.enums ?? {})) {
    statements.push({ key, sql: `CREATE TYPE ${qualified(item.schema, item.name)} AS ENUM (${item.values.map(literal).join(', ')});` });
  }
  for (const [key, item] of Object.entries(snapshot.sequences ?? {})) {
    const options = [
      item.increment !== undefined ? `INCREMENT BY ${item.increment}` : '',
      item.minValue !== undefined ? `MINVALUE ${item.minValue}` : '',
      item.maxValue !== undefined ? `MAXVALUE ${item.maxValue}` : '',
      item.startWith !== undefined ? `START WITH ${item.startWith}` : '',
      item.cache !== undefined ? `CACHE ${item.cache}` : '',
      item.cycle ? 'CYCLE' : '',
    ].filter(Boolean);
    statements.push({ key, sql: `CREATE SEQUENCE ${qualified(item.schema, item.name)}${options.length ? ` ${options.join(' ')}` : ''};` });
  }
  const tables = Object.entries(snapshot.tables ?? {});
  for (const [key, table] of tables) statements.push({ key, sql: createTable(table) });
  for (const [, table] of tables) {
    for (const [key, fk] of Object.entries(table.foreignKeys ?? {})) {
      const actions = `${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ''}${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ''}`;
      statements.push({
        key,
        sql:
          `ALTER TABLE ${qualified(table.schema, table.name)} ADD CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${fk.columnsFrom.map(quoteIdent).join(', ')}) ` +
          `REFERENCES ${qualified(fk.schemaTo ?? table.schema, fk.tableTo)}(${fk.columnsTo.map(quoteIdent).join(', ')})${actions};`,
      });
    }
  }
  for (const [, table] of tables) {
    for (const [key, index] of Object.entries(table.indexes ?? {})) statements.push({ key, sql: createIndex(table, index) });
  }
  for (const [key, view] of Object.entries(snapshot.views ?? {})) {
    if (view.isExisting || !view.definition) continue;
    statements.push({ key, sql: `CREATE ${view.materialized ? 'MATERIALIZED ' : ''}VIEW ${qualified(view.schema, view.name)} AS ${view.definition};` });
  }
  return statements;
}

/** Extensions by the base type name (`vector(768)[]` -> `vector`) or operator class that only they define. */
const EXTENSION_TYPES: Readonly<Record<string, string>> = { vector: 'vector', halfvec: 'vector', sparsevec: 'vector', citext: 'citext', ltree: 'ltree', hstore: 'hstore', cube: 'cube' };
const EXTENSION_OPCLASS = /^(gin|gist)_trgm_ops$|^(vector|halfvec|sparsevec)_\w+_ops$/;

/** Each extension the snapshot's columns and indexes need, with the key of the first that needs it. */
function requiredExtensions(snapshot: DrizzleSnapshot): Map<string, string> {
  const found = new Map<string, string>();
  for (const table of Object.values(snapshot.tables ?? {})) {
    for (const [key, column] of Object.entries(table.columns ?? {})) {
      const extension = column.typeSchema === undefined ? ownEntry(EXTENSION_TYPES, column.type.replace(/[([].*$/, '')) : undefined;
      if (extension && !found.has(extension)) found.set(extension, key);
    }
    for (const [key, index] of Object.entries(table.indexes ?? {})) {
      for (const { opclass } of index.columns) {
        const match = opclass ? EXTENSION_OPCLASS.exec(opclass) : null;
        const extension = match ? (match[1] ? 'pg_trgm' : 'vector') : undefined;
        if (extension && !found.has(extension)) found.set(extension, key);
      }
    }
  }
  return new Map([...found].sort(([a], [b]) => compareStrings(a, b)));
}

function createTable(table: DrizzleTable): string {
  const lines = Object.values(table.columns ?? {}).map((column) => {
    const parts = [quoteIdent(column.name), columnType(column)];
    if (column.primaryKey) parts.push('PRIMARY KEY');
    if (column.identity) parts.push(`GENERATED ${column.identity.type === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
    if (column.generated) parts.push(`GENERATED ALWAYS AS (${column.generated.as}) STORED`);
    if (column.default !== undefined) parts.push(`DEFAULT ${String(column.default)}`);
    if (column.notNull && !column.primaryKey) parts.push('NOT NULL');
    if (column.isUnique) parts.push(`CONSTRAINT ${quoteIdent(column.uniqueName ?? `${table.name}_${column.name}_unique`)} UNIQUE${column.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}`);
    return parts.join(' ');
  });
  for (const key of Object.values(table.compositePrimaryKeys ?? {})) {
    lines.push(`CONSTRAINT ${quoteIdent(key.name)} PRIMARY KEY (${key.columns.map(quoteIdent).join(', ')})`);
  }
  for (const unique of Object.values(table.uniqueConstraints ?? {})) {
    lines.push(`CONSTRAINT ${quoteIdent(unique.name)} UNIQUE${unique.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${unique.columns.map(quoteIdent).join(', ')})`);
  }
  for (const check of Object.values(table.checkConstraints ?? {})) lines.push(`CONSTRAINT ${quoteIdent(check.name)} CHECK (${check.value})`);
  return `CREATE TABLE ${qualified(table.schema, table.name)} (\n  ${lines.join(',\n  ')}\n);`;
}

/** `vector(768)`, `text[]`; an enum of the snapshot (`typeSchema` set) quoted with its schema: `"public"."teamRoles"[]`. */
function columnType(column: DrizzleColumn): string {
  if (column.typeSchema === undefined) return column.type;
  const [, name = column.type, arrays = ''] = /^(.*?)((?:\[\])*)$/.exec(column.type) ?? [];
  return `${qualified(column.typeSchema, name)}${arrays}`;
}

function createIndex(table: DrizzleTable, index: DrizzleIndex): string {
  const columns = index.columns.map((column) => {
    const target = column.isExpression ? `(${column.expression})` : quoteIdent(column.expression);
    return `${target}${column.opclass ? ` ${column.opclass}` : ''}${column.asc === false ? ' DESC' : ''}${column.nulls === 'first' ? ' NULLS FIRST' : ''}`;
  });
  const withOptions = Object.entries(index.with ?? {}).map(([name, value]) => `${name} = ${String(value)}`);
  return (
    `CREATE ${index.isUnique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(index.name)} ON ${qualified(table.schema, table.name)} USING ${index.method ?? 'btree'} (${columns.join(', ')})` +
    `${withOptions.length ? ` WITH (${withOptions.join(', ')})` : ''}${index.where ? ` WHERE ${index.where}` : ''};`
  );
}

/** drizzle writes `""` for the default schema. */
function qualified(schema: string | undefined, name: string): string {
  return schema ? `${quoteIdent(schema)}.${quoteIdent(name)}` : quoteIdent(name);
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The parts of drizzle-kit's PostgreSQL snapshot JSON the SQL is made from. */
export interface DrizzleSnapshot {
  readonly dialect?: string;
  readonly schemas?: Readonly<Record<string, string>>;
  readonly enums?: Readonly<Record<string, { readonly name: string; readonly schema?: string; readonly values: readonly string[] }>>;
  readonly sequences?: Readonly<Record<string, DrizzleSequence>>;
  readonly tables?: Readonly<Record<string, DrizzleTable>>;
  readonly views?: Readonly<
    Record<string, { readonly name: string; readonly schema?: string; readonly definition?: string; readonly materialized?: boolean; readonly isExisting?: boolean }>
  >;
}

interface DrizzleSequence {
  readonly name: string;
  readonly schema?: string;
  readonly increment?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
  readonly startWith?: string;
  readonly cache?: string;
  readonly cycle?: boolean;
}

interface DrizzleTable {
  readonly name: string;
  readonly schema?: string;
  readonly columns?: Readonly<Record<string, DrizzleColumn>>;
  readonly indexes?: Readonly<Record<string, DrizzleIndex>>;
  readonly foreignKeys?: Readonly<
    Record<
      string,
      {
        readonly name: string;
        readonly tableTo: string;
        readonly schemaTo?: string;
        readonly columnsFrom: readonly string[];
        readonly columnsTo: readonly string[];
        readonly onDelete?: string;
        readonly onUpdate?: string;
      }
    >
  >;
  readonly compositePrimaryKeys?: Readonly<Record<string, { readonly name: string; readonly columns: readonly string[] }>>;
  readonly uniqueConstraints?: Readonly<Record<string, { readonly name: string; readonly columns: readonly string[]; readonly nullsNotDistinct?: boolean }>>;
  readonly checkConstraints?: Readonly<Record<string, { readonly name: string; readonly value: string }>>;
}

interface DrizzleColumn {
  readonly name: string;
  readonly type: string;
  readonly typeSchema?: string;
  readonly primaryKey?: boolean;
  readonly notNull?: boolean;
  readonly default?: string | number | boolean;
  readonly isUnique?: boolean;
  readonly uniqueName?: string;
  readonly nullsNotDistinct?: boolean;
  readonly identity?: { readonly type: 'always' | 'byDefault' };
  readonly generated?: { readonly as: string };
}

interface DrizzleIndex {
  readonly name: string;
  readonly columns: readonly { readonly expression: string; readonly isExpression?: boolean; readonly asc?: boolean; readonly nulls?: string; readonly opclass?: string }[];
  readonly isUnique?: boolean;
  readonly method?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly where?: string;
}
