import type { Diagnostic, Location } from '@ripple/model';
import type { Fact, SqlRefFact } from '../facts/file-facts.js';
import { DYNAMIC_IDENTIFIER } from '../extract/sql-text-of.js';
import { analyzeSql, type SqlLocator } from './analyze-sql.js';

export interface SqlSource {
  readonly text: string;
  readonly locate: SqlLocator;
  /** Where the SQL starts (for diagnostics). */
  readonly location: Location;
  readonly adapter: string;
  readonly symbol?: string;
  /** `${...}` substitutions replaced by `$n`: a parse failure then means the SQL is built at run time. */
  readonly substitutions: number;
  /** Keep the placeholders that are a column's value (`SqlSite.parameters`): the call passes values for them. */
  readonly parameters?: boolean;
}

/** Parses one SQL text into a `sql-site`, or a `sql/unparseable` / `sql/dynamic` diagnostic naming file:line. */
export function sqlSiteOf(source: SqlSource): Fact {
  const analysis = analyzeSql(source.text, source.locate);
  if (analysis.kind === 'parsed') {
    return {
      kind: 'sql-site',
      adapter: source.adapter,
      refs: analysis.refs,
      ...(source.parameters && analysis.parameters.length > 0 ? { parameters: analysis.parameters } : {}),
      ...(source.symbol === undefined ? {} : { symbol: source.symbol }),
    };
  }
  const where = analysis.location;
  const diagnostic: Diagnostic =
    source.substitutions > 0
      ? {
          kind: 'diagnostic',
          code: 'sql/dynamic',
          message: `${where.file}:${where.line}: SQL built from ${source.substitutions} substitution(s) does not parse with placeholders (${analysis.message}); its columns are not known statically`,
          location: source.location,
        }
      : {
          kind: 'diagnostic',
          code: 'sql/unparseable',
          message: `${where.file}:${where.line}: SQL does not parse: ${analysis.message}`,
          location: where,
        };
  return { kind: 'diagnostic-fact', diagnostic };
}

/**
 * A statement whose unknown substitutions do not parse as `$n` values (`FROM ${table}`, `ORDER BY ${column} ASC`)
 * is parsed again with each written as an identifier, then, if that fails too, with each left out (`WHERE a = 1
 * ${filters}`, `SELECT ${columns} FROM t`), then each by where it stands (a statement mixing both, with CTE bodies
 * built at run time): what they name is dropped, the rest of the statement gives its usages,
 * and a `sql/dynamic` diagnostic still says that part is unknown.
 */
export function sqlFactsOf(
  source: SqlSource & { readonly fragments: number },
  rewritten: (unknownAs: 'identifier' | 'omitted' | 'positional') => { readonly text: string; readonly locate: SqlLocator },
): Fact[] {
  const first = sqlSiteOf(source);
  if (first.kind !== 'diagnostic-fact' && source.fragments > 0) return [first, dynamicPartFact(source, source.fragments)];
  if (first.kind !== 'diagnostic-fact' || source.substitutions === 0) return [first];
  let analysis: ReturnType<typeof analyzeSql> | undefined;
  for (const unknownAs of ['identifier', 'omitted', 'positional'] as const) {
    const again = rewritten(unknownAs);
    analysis = analyzeSql(again.text, again.locate);
    if (analysis.kind === 'parsed') break;
  }
  if (analysis?.kind !== 'parsed') return [first];
  const known = (name: string): boolean => !name.startsWith(DYNAMIC_IDENTIFIER);
  const knownRefs = (list: readonly SqlRefFact[]): SqlRefFact[] =>
    list
      .filter((ref) => ref.name.every(known))
      .map((ref) => ({ ...ref, scopes: ref.scopes.map((tables) => tables.map((table) => (table.table && !known(table.table.name) ? { alias: table.alias } : table))) }));
  const refs = knownRefs(analysis.refs);
  const parameters = source.parameters ? knownRefs(analysis.parameters) : [];
  return [
    { kind: 'sql-site', adapter: source.adapter, refs, ...(parameters.length > 0 ? { parameters } : {}), ...(source.symbol === undefined ? {} : { symbol: source.symbol }) },
    dynamicPartFact(source, source.substitutions),
  ];
}

function dynamicPartFact(source: SqlSource, count: number): Fact {
  const where = source.location;
  return {
    kind: 'diagnostic-fact',
    diagnostic: {
      kind: 'diagnostic',
      code: 'sql/dynamic',
      message: `${where.file}:${where.line}: ${count} substitution(s) of this SQL are built at run time; the columns they name are not known, the rest of the statement is read`,
      location: where,
    },
  };
}

/** `sql/dynamic` for a query whose text is not a literal Ripple can read. */
export function dynamicSqlFact(location: Location, what: string): Fact {
  return {
    kind: 'diagnostic-fact',
    diagnostic: {
      kind: 'diagnostic',
      code: 'sql/dynamic',
      message: `${location.file}:${location.line}: ${what} is not static SQL; its columns are not known`,
      location,
    },
  };
}
