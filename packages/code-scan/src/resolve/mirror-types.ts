import { pluralize } from '../adapters/naming/pluralize.js';
import { snakeCase } from '../adapters/naming/snake-case.js';
import { pascalCase } from '../adapters/naming/camel-case.js';

/** A type name's marks of a mirror: `TSurvey`, `ZSurvey`, `ISurvey`. */
const MARK = /^[TZI](?=[A-Z][a-z])/;
/** Words a mirror's name adds to the model's: `CreateSurveyDto`, `SurveyRow`, `Prisma.SurveySelect`. */
const LEADING = /^(Get|Create|Update|Upsert|Insert|New|Edit|Patch|Base|Full|Raw|Db|DB|Prisma|Api|Public)(?=[A-Z])/;
const TRAILING =
  /(Unchecked|Create|Update|Upsert|Many|Input|Output|Dto|DTO|Schema|Type|Props|ApiResponse|ApiRequest|Response|Request|Data|Row|Record|Entity|Model|Payload|Details|Select|Include|Omit|Where|Unique|OrderBy|WithRelation|Attributes|Fields|Args|Result|Values|Object|Interface)$/;

export interface MirrorTarget {
  /** The names code derives a model's types from: the model's (class, Prisma model, Drizzle value) and the table's. */
  readonly names: readonly string[];
  /** property -> column, as the ORM maps them. */
  readonly columns: ReadonlyMap<string, string>;
}

/**
 * Types that mirror a model by name only (a zod schema, a DTO, an API type): `TSurvey`, `ZSurvey`, `SurveyDto`,
 * `CreateSurveyInput`, `Prisma.SurveySelect` for the model `Survey` or the table `surveys`. A name two tables
 * could claim mirrors neither. Used only where no model, class or flow explains a type: its usages are `name-match`.
 */
export function createMirrorIndex<T extends MirrorTarget>(targets: Iterable<T>): (typeName: string) => T | undefined {
  const byName = new Map<string, T | null>();
  for (const target of targets) {
    for (const name of new Set(target.names.map(pascalCase))) {
      const seen = byName.get(name);
      byName.set(name, seen === undefined || seen === target ? target : null);
    }
  }
  return (typeName) => {
    // The least stripped name a model has wins: `TransactionsImportRow` is that model's, not `TransactionsImport`'s row.
    for (const stem of stemsOf(typeName)) {
      const found = byName.get(stem) ?? byName.get(pluralize(stem));
      if (found !== undefined) return found ?? undefined;
    }
    return undefined;
  };
}

/** The column a mirror's property names: the model's own property, the column itself, or its camelCase spelling. */
export function mirrorColumn(columns: MirrorTarget['columns'], property: string): string | undefined {
  const mapped = columns.get(property);
  if (mapped !== undefined) return mapped;
  for (const column of columns.values()) if (column === property || column === snakeCase(property)) return column;
  return undefined;
}

/** `TCreateSurveyInput` -> `CreateSurveyInput`, `Survey`: the name without its marks, then each step without mirror words (a few at most). */
function stemsOf(typeName: string): string[] {
  let stem = typeName.replace(MARK, '');
  const stems = stem === '' ? [] : [stem];
  for (let hops = 0; hops < 6; hops++) {
    const next = stem.replace(LEADING, '').replace(TRAILING, '');
    if (next === stem || next === '') break;
    stems.push(next);
    stem = next;
  }
  return stems;
}
