import { compareStrings, type Diagnostic, type SchemaSnapshot } from '@ripple/model';
import type { Migration } from '../migrations/migration.js';
import type { ReplayProblem } from './apply-migrations.js';

/** How many of the missing tables the warning names, the most used first. */
const NAMED = 8;

/**
 * One warning when base statements failed on tables and views that no migration makes: the history starts from a
 * schema built outside it (an ORM's `synchronize` or `sync()`, a restored dump, tables made by hand), so the base
 * schema lacks those tables and a change to their columns cannot be seen. Each failure is a diagnostic of its own
 * already; this one says what they add up to, and how to give Ripple that schema. No gap: a table some migration's
 * statement makes (later, or as a temporary table), one in the base schema after the replay, a failure after a
 * statement the loader could not read (which may have made it), and a `GRANT` or `COMMENT` on it (a dump grants on
 * the views of an extension PGlite stands in for: PostGIS's `geometry_columns`). Undefined when there is none.
 */
export function historyGapDiagnostic(problems: readonly ReplayProblem[], base: SchemaSnapshot, migrations: readonly Migration[]): Diagnostic | undefined {
  const made = new Set([
    ...[...base.tables, ...base.views].map((relation) => relation.name),
    ...migrations.flatMap((migration) => migration.up.flatMap((statement) => (statement.creates !== undefined ? [statement.creates] : []))),
  ]);
  const gaps = problems.flatMap((problem) => {
    const name = problem.missingRelation === undefined || problem.afterDynamic ? undefined : unqualified(problem.missingRelation);
    return name === undefined || made.has(name) ? [] : [{ name, location: problem.location }];
  });
  const first = gaps[0];
  if (first === undefined) return undefined;
  const failures = new Map<string, number>();
  for (const { name } of gaps) failures.set(name, (failures.get(name) ?? 0) + 1);
  const ranked = [...failures].sort(([a, countA], [b, countB]) => countB - countA || compareStrings(a, b));
  const named = ranked.slice(0, NAMED).map(([name, count]) => `${name} (${count})`);
  const more = ranked.length > NAMED ? ` and ${ranked.length - NAMED} more` : '';
  const tables = ranked.length === 1 ? 'a table' : `${ranked.length} tables`;
  return {
    kind: 'diagnostic',
    code: 'migration/history-incomplete',
    message:
      `the base migrations use ${tables} that none of them makes: ${named.join(', ')}${more}; ${gaps.length} statement${gaps.length === 1 ? '' : 's'} failed on them. ` +
      'The history starts from a schema built outside it (an ORM\'s synchronize or sync(), a restored dump, tables made by hand), so the base schema lacks those tables and changes to their columns are not seen. ' +
      'Give that schema as migrations.initialSchema in ripple.config.json (a pg_dump of it), or compare against a copy of production with --db-url',
    location: first.location,
  };
}

function unqualified(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(dot + 1);
}
