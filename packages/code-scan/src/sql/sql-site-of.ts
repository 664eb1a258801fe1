import type { Diagnostic, Location } from '@ripple/model';
import type { Fact } from '../facts/file-facts.js';
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
}

/** Parses one SQL text into a `sql-site`, or a `sql/unparseable` / `sql/dynamic` diagnostic naming file:line. */
export function sqlSiteOf(source: SqlSource): Fact {
  const analysis = analyzeSql(source.text, source.locate);
  if (analysis.kind === 'parsed') {
    return {
      kind: 'sql-site',
      adapter: source.adapter,
      refs: analysis.refs,
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
