import { formatTableRef, type Access, type ColumnRef, type TableRef, type Usage } from '@ripple/model';
import { camelCase, pascalCase } from '../adapters/naming/camel-case.js';
import type { FileFacts, GraphqlTypeFact, NameSite } from '../facts/file-facts.js';
import { createMirrorIndex } from './mirror-types.js';
import type { NamedTable } from './name-fallback.js';
import type { SchemaIndex } from './schema-index.js';

/** The table behind a graphql-js type, and how it was decided: by data flow, or by the type's name only. */
export interface DecidedType {
  readonly table: TableRef;
  readonly adapter?: string;
  readonly byName: boolean;
  readonly input: boolean;
  /** property or column spelling -> column. */
  readonly columns: ReadonlyMap<string, string>;
}

export interface GraphqlTypeDecider {
  /** The table a type's values are rows of (output types) or are written to (input types); undefined when unknown or ambiguous. */
  decide(type: GraphqlTypeFact): DecidedType | undefined;
  /** The usage a name site of a decided type is: its field or parent read as the table's column, if it is one. */
  fieldOf(type: DecidedType, site: NameSite): { readonly column: ColumnRef; readonly site: Pick<Usage, 'access' | 'adapter' | 'confidence'> } | undefined;
}

/**
 * Decides the model behind each graphql-js type of a service: by data flow first, the models whose rows the fields
 * typed by it return (`type: new GraphQLList(Expense), resolve: () => models.Expense.findAll()`, `req.loaders.X`) or,
 * for an input type, the models a resolver taking it as an argument writes; by its name second (`ExpenseAttachedFile`,
 * `UserType`, `StepInput` for the model or table, as mirror types are named: `confidence: "name-match"`). Among two
 * models by flow only the name decides; a name two tables could claim decides nothing. Linear in the service's types and feeds.
 */
export function createGraphqlTypeDecider(
  files: readonly FileFacts[],
  schema: SchemaIndex,
  named: readonly NamedTable[],
  tablesByMention: ReadonlyMap<string, readonly string[]>,
  virtual: ReadonlySet<string>,
): GraphqlTypeDecider {
  const tables = new Map(schema.tables.map((table) => [formatTableRef(table), table]));
  const namedByKey = new Map<string, NamedTable>();
  for (const entry of named) if (!namedByKey.has(formatTableRef(entry.table))) namedByKey.set(formatTableRef(entry.table), entry);
  // type name -> access -> the tables its feeds name.
  const fed = new Map<string, { read: Set<string>; write: Set<string> }>();
  for (const file of files) {
    for (const feed of file.names?.graphqlFeeds ?? []) {
      const entry = fed.get(feed.type) ?? { read: new Set<string>(), write: new Set<string>() };
      fed.set(feed.type, entry);
      for (const model of feed.models) {
        const keys = tablesByMention.get(model) ?? [];
        // A model name two tables answer to feeds neither.
        if (keys.length === 1) entry[feed.access].add(keys[0]!);
      }
    }
  }
  const mirrorOf = createMirrorIndex(
    schema.tables.map((table) => {
      const entry = namedByKey.get(formatTableRef(table));
      return { key: formatTableRef(table), names: [...(entry?.modelNames ?? []), table.table], columns: new Map<string, string>() };
    }),
  );
  const decided = new Map<GraphqlTypeFact, DecidedType | undefined>();
  const columnsByTable = new Map<string, ReadonlyMap<string, string>>();

  return {
    decide(type) {
      if (decided.has(type)) return decided.get(type);
      const answer = decideType(type);
      decided.set(type, answer);
      return answer;
    },
    fieldOf(type, site) {
      const column = type.columns.get(site.name);
      if (column === undefined || virtual.has(`${formatTableRef(type.table)}\u0000${site.name}`)) return undefined;
      // A field of the default resolver reads `parent[field]` (an input type's field is written where the flow shows it).
      const access: Access = site.access !== 'definition' ? site.access : !type.input ? 'read' : type.byName ? 'definition' : 'write';
      return {
        column: { ...type.table, column },
        site: { access, adapter: 'graphql', ...(type.byName ? { confidence: 'name-match' as const } : {}) },
      };
    },
  };

  function decideType(type: GraphqlTypeFact): DecidedType | undefined {
    const flow = new Set<string>();
    for (const name of type.names) for (const key of fed.get(name)?.[type.input ? 'write' : 'read'] ?? []) flow.add(key);
    if (flow.size === 1) return withColumns([...flow][0]!, type.input, false);
    // Every name must say the same: `const TransactionExpenseType = new GraphQLObjectType({ name: 'Expense' })` is a
    // transaction shown as an expense, no row of Expenses.
    const byName = new Set<string | undefined>(type.names.map((name) => mirrorOf(pascalCase(name.replace(/^GraphQL(?=[A-Z])/, '')))?.key));
    const [key] = byName;
    // Rows of several models by flow (`CollectiveInterface` fed Collectives and, through a join, Members): the name
    // decides among them only.
    if (byName.size !== 1 || key === undefined || (flow.size > 1 && !flow.has(key))) return undefined;
    return withColumns(key, type.input, true);
  }

  function withColumns(key: string, input: boolean, byName: boolean): DecidedType | undefined {
    const table = tables.get(key);
    if (!table) return undefined;
    const entry = namedByKey.get(key);
    return { table, ...(entry?.adapter === undefined ? {} : { adapter: entry.adapter }), byName, input, columns: columnsOf(key, table, entry) };
  }

  function columnsOf(key: string, table: TableRef, entry: NamedTable | undefined): ReadonlyMap<string, string> {
    const known = columnsByTable.get(key);
    if (known) return known;
    const columns = new Map<string, string>();
    for (const column of schema.columnsOf(table) ?? []) {
      columns.set(column, column);
      if (column.includes('_')) columns.set(camelCase(column), column);
    }
    for (const [property, column] of entry?.properties ?? []) if (columns.has(column)) columns.set(property, column);
    columnsByTable.set(key, columns);
    return columns;
  }
}
