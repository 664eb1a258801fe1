import type { Access } from '@ripple/model';
import type { ts as TS } from 'ts-morph';
import { ts } from '../../extract/typescript.js';
import type { ChainLink, ExtractContext } from '../../extract/extract-context.js';
import { propertyNameOf } from '../../extract/decorators-of.js';
import { readQueryObject } from '../../extract/read-query-object.js';
import type { ColumnSite, Fact, FieldFact, TypeExpr } from '../../facts/file-facts.js';
import type { OrmAdapter } from '../orm-adapter.js';
import { readOrColumns, readSelectColumns } from './postgrest-syntax.js';

/** PostgREST filters whose first argument is a column: `.eq('status', 'open')`, `.in('id', ids)`, `.not('x', 'is', null)`. */
const COLUMN_FILTERS =
  /^(eq|neq|gt|gte|lt|lte|like|ilike|likeAllOf|likeAnyOf|ilikeAllOf|ilikeAnyOf|is|in|contains|containedBy|rangeGt|rangeGte|rangeLt|rangeLte|rangeAdjacent|overlaps|textSearch|not|filter)$/;
/** Calls that write the keys of their first argument (an object or an array of objects). */
const WRITES = /^(insert|update|upsert)$/;
/** The row types the generated `Database` type declares per table. */
const ROW_TYPES = new Set(['Row', 'Insert', 'Update']);

/**
 * Supabase (supabase-js, PostgREST): `supabase.from('tools').select('id, name, owner:profiles(username)')` chains with
 * their filters (`.eq('id', id)`, `.or('a.eq.1,b.is.null')`, `.match({...})`), `.order('created_at')` and writes
 * (`.insert({...})`, `.update({...})`, `.upsert([...])`), in files that name Supabase (its client is usually made by a
 * project helper, `createClient()` of `@/lib/supabase/server`); and the `Database` type `supabase gen types` writes
 * (`Tables.<table>.Row | Insert | Update`), whose keys define the columns. Rows typed `Tables<'tools'>`,
 * `TablesInsert<'tools'>` or `Database['public']['Tables']['tools']['Row']` are that table's rows (the core's types).
 */
export const supabaseAdapter: OrmAdapter = {
  name: 'supabase',
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.TypeAliasDeclaration, ts.SyntaxKind.InterfaceDeclaration],
  // Chains are read and typed only in a file that names Supabase (`namesSupabase`); the generated `Database` type anywhere.
  needs: { words: /supabase/i, kinds: [ts.SyntaxKind.CallExpression] },
  visit(node, context) {
    if ((ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name.text === 'Database') return generatedTables(node, context);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return chainSites(node, context);
    return undefined;
  },
  columnName: (field) => field.property,
  // `const { data } = await supabase.from('users').select('id, full_name').single()`: `data` is a row of the table
  // (`.single()`, `.maybeSingle()`), else an array of them; a chain that selects nothing returns no rows.
  typeOfCall(call, context) {
    const from = fromOf(call, context);
    if (!from || !from.links.some((link) => link.name === 'select')) return undefined;
    const row: TypeExpr = { kind: 'table-row', adapter: 'supabase', tables: [from.table] };
    const single = from.links.some((link) => link.name === 'single' || link.name === 'maybeSingle');
    return { kind: 'name', name: single ? 'PostgrestSingleResponse' : 'PostgrestResponse', args: [single ? row : { kind: 'name', name: 'Array', args: [row] }] };
  },
};

/** `export type Database = { public: { Tables: { tools: { Row: {...}; Insert: {...}; Update: {...} } } } }`. */
function generatedTables(node: TS.TypeAliasDeclaration | TS.InterfaceDeclaration, context: ExtractContext): Fact[] | undefined {
  const schemas = ts.isInterfaceDeclaration(node) ? node.members : ts.isTypeLiteralNode(node.type) ? node.type.members : undefined;
  if (!schemas) return undefined;
  const facts: Fact[] = [];
  for (const [schema, schemaType] of members(schemas)) {
    const tables = ts.isTypeLiteralNode(schemaType) ? members(schemaType.members).find(([name]) => name === 'Tables')?.[1] : undefined;
    if (!tables || !ts.isTypeLiteralNode(tables)) continue;
    for (const [table, tableType] of members(tables.members)) {
      if (!ts.isTypeLiteralNode(tableType)) continue;
      const fields: FieldFact[] = [];
      for (const [rowKind, row] of members(tableType.members)) {
        if (!ROW_TYPES.has(rowKind) || !ts.isTypeLiteralNode(row)) continue;
        for (const member of row.members) {
          const property = member.name ? propertyNameOf(member.name) : undefined;
          if (property === undefined || !ts.isPropertySignature(member)) continue;
          fields.push({ property, column: property, location: context.locationOf(member.name), symbol: `Database.${schema}.${table}.${rowKind}.${property}` });
        }
      }
      if (fields.length === 0) continue;
      facts.push({ kind: 'model', adapter: 'supabase', key: `supabase:${schema}.${table}`, name: table, table, schema, location: context.locationOf(tableType), fields });
    }
  }
  return facts.length > 0 ? facts : undefined;
}

/** The property signatures of a type literal that have a type literal or other type, by name. */
function members(list: readonly TS.TypeElement[]): [string, TS.TypeNode][] {
  const found: [string, TS.TypeNode][] = [];
  for (const member of list) {
    const name = ts.isPropertySignature(member) && member.type ? propertyNameOf(member.name) : undefined;
    if (name !== undefined) found.push([name, (member as TS.PropertySignature).type!]);
  }
  return found;
}

/** The sites of a whole chain, read once at its outermost call. */
function chainSites(call: TS.CallExpression, context: ExtractContext): Fact[] | undefined {
  const parent = call.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === call) return undefined;
  const found = fromOf(call, context);
  if (!found) return undefined;
  const { schema, table: qualified } = found;
  const owner: TypeExpr = { kind: 'table-row', adapter: 'supabase', tables: [qualified] };
  const sites: Fact[] = [];
  const symbol = context.symbolOf(call);
  const column = (tables: readonly string[], name: string, access: Access, position: number): ColumnSite => ({
    kind: 'column-site',
    adapter: 'supabase',
    tables,
    column: name,
    access,
    location: context.locationAt(position),
    ...(symbol === undefined ? {} : { symbol }),
  });
  for (const link of found.links) {
    const [first] = link.args;
    if (!first) continue;
    if (link.name === 'select' && ts.isStringLiteralLike(first)) {
      for (const read of readSelectColumns(first.text)) {
        const tables = read.table === undefined ? [qualified] : [schema === undefined ? read.table : `${schema}.${read.table}`];
        sites.push(column(tables, read.column, 'read', first.getStart(context.sourceFile) + 1 + read.offset));
      }
    } else if (COLUMN_FILTERS.test(link.name) || link.name === 'order') {
      const name = ts.isStringLiteralLike(first) ? first.text : undefined;
      if (name !== undefined && /^[A-Za-z_]\w*$/.test(name)) sites.push(column([qualified], name, link.name === 'order' ? 'order' : 'filter', first.getStart(context.sourceFile) + 1));
    } else if (link.name === 'or' && ts.isStringLiteralLike(first)) {
      for (const read of readOrColumns(first.text)) sites.push(column([qualified], read.column, 'filter', first.getStart(context.sourceFile) + 1 + read.offset));
    } else if (link.name === 'match') {
      sites.push(...readQueryObject(first, { owner, access: 'filter', adapter: 'supabase', context }));
    } else if (WRITES.test(link.name)) {
      for (const row of ts.isArrayLiteralExpression(first) ? first.elements : [first]) sites.push(...readQueryObject(row, { owner, access: 'write', adapter: 'supabase', context }));
    }
  }
  return sites;
}

/** The table of a `from()` chain ending at `call` (as `schema.table` after `.schema('x')`), and the calls after it. */
function fromOf(call: TS.CallExpression, context: ExtractContext): { table: string; schema?: string; links: readonly ChainLink[] } | undefined {
  const chain = context.chainOf(call);
  // `supabaseAdmin(c).from(...)`, `getSupabaseClient().from(...)`: the chain starts at the project helper's call.
  const links = chain.links[0] && isClientHelperCall(chain.links[0]) ? chain.links.slice(1) : chain.links;
  const fromIndex = links.findIndex((link) => link.name === 'from');
  const from = links[fromIndex];
  // `supabase.from(...)`, `supabase.schema('billing').from(...)`: the first call, or the first after `schema`.
  if (!from || fromIndex > 1 || (fromIndex === 1 && links[0]!.name !== 'schema') || !from.args[0]) return undefined;
  if (!namesSupabase(context.sourceFile)) return undefined;
  const table = context.stringOf(from.args[0]);
  if (table === undefined) return undefined;
  const schemaArg = fromIndex === 1 ? links[0]!.args[0] : undefined;
  const schema = schemaArg ? context.stringOf(schemaArg) : undefined;
  return { table: schema === undefined ? table : `${schema}.${table}`, ...(schema === undefined ? {} : { schema }), links: links.slice(fromIndex + 1) };
}

/**
 * A plain call of a function named for the client (`supabaseAdmin(c)`, `getSupabaseClient()`, `useSupabase()`,
 * `createClient()`): a project's helper that returns the Supabase client (capgo's Edge Functions call
 * `supabaseAdmin(c).from('global_stats')` hundreds of times). `knex('users')` or `db(c)` are other builders.
 */
function isClientHelperCall(link: ChainLink): boolean {
  return ts.isIdentifier(link.call.expression) && /supabase|client/i.test(link.name);
}

const supabaseFiles = new WeakMap<TS.SourceFile, boolean>();

/**
 * Whether the file names Supabase (an import of `@supabase/supabase-js` or of a project's `lib/supabase/server`, a
 * client named `supabase`): `.from('x')` chains of other files are another builder's (Knex's `from`). Once per file.
 */
function namesSupabase(file: TS.SourceFile): boolean {
  let names = supabaseFiles.get(file);
  if (names === undefined) {
    names = /supabase/i.test(file.text);
    supabaseFiles.set(file, names);
  }
  return names;
}
