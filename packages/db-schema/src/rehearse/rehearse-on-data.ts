import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fingerprint, RippleError, type Diagnostic, type Finding, type Level } from '@ripple/model';
import { applyMigrations } from '../apply/apply-migrations.js';
import { startPGliteForMigrations, type SnapshotOptions } from '../apply/snapshot-before-and-after.js';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import { dataProbes, type DataRule } from './data-probes.js';
import { assertSampleRows, loadSample, type SampleProblem } from './load-sample.js';

/** What only rows reveal, by id (docs/migration-lint.md, "Rehearsal on data"). */
export const DATA_RULES = {
  'data-not-null-violated': { level: 'error', docs: 'SET NOT NULL (or a NOT NULL column added without a default) on a table whose rows hold NULL there: the migration fails. The finding counts the rows.' },
  'data-unique-violated': { level: 'error', docs: 'A UNIQUE index, unique constraint or primary key on columns whose values repeat: the migration fails. The finding counts the rows that share a value.' },
  'data-cast-fails': { level: 'error', docs: "ALTER COLUMN ... TYPE without USING where some values do not convert ('abc'::int): the migration fails. The finding counts them (pg_input_is_valid)." },
  'data-check-violated': { level: 'error', docs: 'A CHECK constraint added without NOT VALID that existing rows violate: the migration fails. The finding counts them.' },
  'data-foreign-key-violated': { level: 'error', docs: 'A foreign key added without NOT VALID where rows reference no row of the referenced table: the migration fails. The finding counts them.' },
  'data-full-table-update': { level: 'warning', docs: 'An UPDATE without WHERE (a backfill) touches every row in one transaction: it locks every row and writes a new version of each. The finding gives the rows and the time per row measured on the data.' },
} as const satisfies Record<DataRule, { readonly level: Level; readonly docs: string }>;

/** Where the rows come from: the user's seed file, rows Ripple generates (`sample` per table), or both (seed first). */
export interface DataSource {
  readonly seed?: string;
  readonly sample?: number;
}

export interface DataRehearsal {
  readonly kind: 'data-rehearsal';
  /** The seed file, as given (absent with only `--sample`). */
  readonly seed?: string;
  /** With `--sample N`: N asked per table, and the rows the sample inserted in each table (the rest came from the seed). */
  readonly sample?: { readonly rowsPerTable: number; readonly inserted: Readonly<Record<string, number>> };
  /** Rows in each table of the base schema after the seed and the sample, by `schema.table`. */
  readonly rows: Readonly<Record<string, number>>;
  readonly findings: readonly Finding[];
  /** Base statements that did not apply, new statements that failed for reasons no row explains. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * On embedded PGlite: the base migrations, then the rows of the seed file (SQL the user provides: INSERTs, COPY is
 * not supported) and/or `sample` generated rows per table (`loadSample`), then the new migrations one statement at
 * a time. Before each statement whose failure rows can cause
 * (`dataProbes`), the offending rows are counted; a statement that fails with offending rows is a finding with the
 * count and PostgreSQL's message, one that fails otherwise a diagnostic. A failed statement changes nothing, and the
 * run goes on. A seed that does not load is bad input (`input/seed-failed`).
 */
export async function rehearseOnData(
  baseMigrations: readonly Migration[],
  newMigrations: readonly Migration[],
  /** The seed file (read as given, relative to the current directory, and named so in messages), or the sources. */
  data: string | DataSource,
  options: Pick<SnapshotOptions, 'cacheFile'> = {},
): Promise<DataRehearsal> {
  const { seed: seedFile, sample } = typeof data === 'string' ? { seed: data, sample: undefined } : data;
  if (seedFile === undefined && sample === undefined) throw new RippleError('usage/missing-option', 'rehearse on data: give --seed FILE.sql, --sample N or both');
  if (sample !== undefined) assertSampleRows(sample);
  const seedSql =
    seedFile === undefined
      ? undefined
      : await readFile(seedFile, 'utf8').catch((error: unknown) => {
          throw new RippleError('input/not-found', `--seed ${seedFile}: ${(error as Error).message}`);
        });
  const { db, diagnostics: standIns } = await startPGliteForMigrations([...baseMigrations, ...newMigrations], options);
  try {
    const problems = await applyMigrations(db, baseMigrations);
    if (seedSql !== undefined) {
      try {
        await db.exec(seedSql);
      } catch (error) {
        throw new RippleError('input/seed-failed', `--seed ${seedFile!}: PostgreSQL refused it on the base schema: ${(error as Error).message}`, { file: seedFile!, line: 1 });
      }
    }
    const diagnostics: Diagnostic[] = [...standIns, ...problems.map((problem): Diagnostic => ({ kind: 'diagnostic', code: 'migration/base-failed', message: problem.message, location: problem.location }))];
    let inserted: Readonly<Record<string, number>> = {};
    if (sample !== undefined) {
      const base = await introspectCatalog(async (sql, params) => (await db.query(sql, [...params])).rows);
      const loaded = await loadSample(db, base, sample);
      inserted = loaded.inserted;
      const created = tableLocations(baseMigrations);
      diagnostics.push(...loaded.problems.map((problem) => sampleDiagnostic(problem, created)));
    }
    const source = seedFile === undefined ? 'the sample' : sample === undefined ? 'the seed' : 'the seed and the sample';
    const rows = await rowCounts(db);
    const findings: Finding[] = [];
    for (const migration of newMigrations) {
      for (const statement of [...(migration.setup ?? []), ...migration.up]) {
        if (statement.transaction === 'begin' || statement.transaction === 'commit') continue;
        const probes = dataProbes(statement);
        const started = performance.now();
        let failure: string | undefined;
        let touched = 0;
        try {
          const results = await db.exec(statement.sql);
          touched = results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
        } catch (error) {
          failure = (error as Error).message;
        }
        const ms = performance.now() - started;
        if (failure === undefined) {
          const update = probes.find((probe) => probe.rule === 'data-full-table-update');
          if (update && touched > 0) findings.push(fullTableUpdate(statement, update.table, touched, ms, source));
          continue;
        }
        const explained = await explainFailure(db, statement, probes, failure, sample === undefined ? '' : ` in ${source} (${sample} generated rows per table)`);
        if (explained.length > 0) findings.push(...explained);
        else diagnostics.push({ kind: 'diagnostic', code: 'migration/new-failed-on-data', message: `fails on ${sample === undefined ? 'the seeded data' : `${source}'s data`}: ${failure}`, location: { file: statement.file, line: statement.line } });
      }
    }
    return {
      kind: 'data-rehearsal',
      ...(seedFile !== undefined ? { seed: seedFile } : {}),
      ...(sample !== undefined ? { sample: { rowsPerTable: sample, inserted } } : {}),
      rows,
      findings,
      diagnostics,
    };
  } finally {
    await db.close();
  }
}

/** The probes (other than the backfill's) that count offending rows, run on the data the statement saw. */
async function explainFailure(db: Awaited<ReturnType<typeof startPGliteForMigrations>>['db'], statement: MigrationStatement, probes: ReturnType<typeof dataProbes>, failure: string, where: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const probe of probes) {
    if (probe.rule === 'data-full-table-update') continue;
    const count = await db.query<{ count: number }>(probe.sql).then((result) => result.rows[0]?.count ?? 0, () => 0);
    if (count === 0) continue;
    findings.push(dataFinding(probe.rule, statement, probe.subject, `${probe.subject}: ${count} existing row${count === 1 ? '' : 's'} ${VIOLATION[probe.rule]}${where}; PostgreSQL: ${failure}`));
  }
  return findings;
}

const VIOLATION: Readonly<Record<Exclude<DataRule, 'data-full-table-update'>, string>> = {
  'data-not-null-violated': 'hold NULL',
  'data-unique-violated': 'share a value with another row',
  'data-cast-fails': 'do not convert to the new type',
  'data-check-violated': 'violate the CHECK',
  'data-foreign-key-violated': 'reference no row of the referenced table',
};

const MIN_ROWS_FOR_RATE = 1000;

function fullTableUpdate(statement: MigrationStatement, table: string, rows: number, ms: number, source: string): Finding {
  // A rate from a handful of rows is mostly fixed cost: give one only from enough rows to mean something.
  const perRow = (ms * 1000) / rows;
  const rate = rows >= MIN_ROWS_FOR_RATE ? `, about ${perRow.toFixed(1)} µs per row, so about ${formatDuration(perRow * 1_000_000)} per million rows on embedded PGlite` : `; too few rows for a rate per row (${MIN_ROWS_FOR_RATE} or more give one)`;
  return dataFinding(
    'data-full-table-update',
    statement,
    table,
    `UPDATE of ${table} without WHERE touches every row: ${rows} rows of ${source} in ${Math.round(ms)} ms${rate}; one transaction that locks each row and writes a new version of it: backfill in batches`,
  );
}

function dataFinding(rule: DataRule, statement: MigrationStatement, subject: string, message: string): Finding {
  return {
    kind: 'finding',
    id: rule,
    level: DATA_RULES[rule].level,
    message,
    location: { file: statement.file, line: statement.line },
    fingerprint: fingerprint(rule, statement.file, subject),
  };
}

async function rowCounts(db: Awaited<ReturnType<typeof startPGliteForMigrations>>['db']): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ name: string }>(
    "SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_%' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${name}`);
    const count = rows[0]?.count ?? 0;
    if (count > 0) counts[name] = count;
  }
  return counts;
}

function formatDuration(microseconds: number): string {
  const seconds = microseconds / 1_000_000;
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}

/** Where each table of the base is created (`CREATE TABLE`), by its unqualified name: where a sample diagnostic points. */
function tableLocations(migrations: readonly Migration[]): Map<string, { file: string; line: number }> {
  const created = new Map<string, { file: string; line: number }>();
  const pattern = /\bcreate\s+(?:(?:global\s+|local\s+)?(?:temp|temporary|unlogged)\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:"(?:[^"]|"")+"|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[\w$]+))?)/gi;
  for (const migration of migrations) {
    for (const statement of migration.up) {
      for (const match of statement.sql.matchAll(pattern)) {
        const last = match[1]!.split(/\s*\.\s*(?=(?:"|[\w$]))/).pop()!;
        const name = last.startsWith('"') ? last.slice(1, -1).replaceAll('""', '"') : last.toLowerCase();
        if (!created.has(name)) created.set(name, { file: statement.file, line: statement.line });
      }
    }
  }
  return created;
}

function sampleDiagnostic(problem: SampleProblem, created: ReadonlyMap<string, { file: string; line: number }>): Diagnostic {
  const name = problem.table.slice(problem.table.indexOf('.') + 1);
  return { kind: 'diagnostic', code: problem.code, message: problem.message, location: created.get(name) ?? { file: '--sample', line: 1 } };
}
