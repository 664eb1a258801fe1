import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { assertSampleRows, DEFAULT_PRODUCTION_PATTERN, MAX_SAMPLE_ROWS, rehearseOnData, rehearseOnServer } from '@ripple/db-schema';
import { RippleError } from '@ripple/model';
import { findAddedMigrations } from '../pipeline/analyse-repository.js';
import { renderDataRehearsal } from '../render/render-data-rehearsal.js';
import { REHEARSAL_FORMATS, renderServerRehearsal } from '../render/render-server-rehearsal.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';
import { defaultFormat, oneOf } from './output-options.js';
import { ANALYSIS_OPTIONS, analysisOptions } from './report-arguments.js';

export const REHEARSE_USAGE = `Usage: ripple rehearse (--db-url URL | --seed FILE.sql | --sample N) [options]

Runs the migrations the change adds on a real server (a staging copy of production) inside ONE transaction that is
always rolled back, and reports per statement: duration, the locks it takes, what they block and for how long,
rows touched, whether it rewrites a table, and PostgreSQL's error when it fails (the run stops there). Statements
that cannot run in a transaction (CREATE INDEX CONCURRENTLY) are not run: their duration is estimated from the
table's size. Nothing is committed; a sequence a statement draws from stays advanced (nextval is not
transactional) and is reported.

Refuses a primary server (pg_is_in_recovery() false) unless --i-know-this-is-not-production is given, and any
server whose database or host name matches rehearse.productionPattern in ripple.config.json (default /prod/i).

  --db-url URL                     the staging server (postgres://user:password@host:port/db; the password is never printed)
  --statement-timeout DURATION     PostgreSQL's statement_timeout for each statement (default 60s; 0: none)
  --lock-timeout DURATION          PostgreSQL's lock_timeout: how long a statement may wait for a lock (default 5s)
  --i-know-this-is-not-production  rehearse on a primary server too (a staging copy is usually one)

With --seed FILE.sql instead (rehearsal on data, on embedded PGlite, no server): the base migrations, then the
rows of FILE.sql (INSERTs you provide), then the new migrations statement by statement; reports what only data
reveals, with the offending row count: SET NOT NULL on NULLs, a UNIQUE index on duplicates, a cast that fails, a
CHECK or foreign key that rows violate, an UPDATE without WHERE (docs/migration-lint.md, "Rehearsal on data").
  --seed FILE.sql                  the rows, relative to the current directory
  --sample N                       N rows per table generated from the base schema (1 to ${MAX_SAMPLE_ROWS}; deterministic:
                                   the same rows every run), with NULLs, repeats and non-numeric text among them;
                                   with --seed, added after the seed's rows

The new migrations are found as 'ripple report' finds them:
  --base REF, --head REF, --git    git refs of the base and head (default: the config's migrations.new, else the
                                   merge base with the default branch against the working tree)
  --base-dir DIR --head-dir DIR    checkouts of the base and head
  --repo DIR                       the repository (default: the current directory)
  --config FILE                    config file relative to the head tree

Output:
  --format FORMAT                  ${REHEARSAL_FORMATS.join(' | ')} (default: text on a terminal, json otherwise)
  --output FILE                    write to FILE instead of stdout

Exit codes: 0 every statement ran (or was estimated), 1 a statement failed (--seed, --sample: an error finding), 2 usage or
input error or refused.
`;

const DURATION = /^\d+(?:\.\d+)?\s*(?:us|ms|s|min|h|d)?$/;

export async function rehearseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...ANALYSIS_OPTIONS,
      'statement-timeout': { type: 'string', default: '60s' },
      'lock-timeout': { type: 'string', default: '5s' },
      'i-know-this-is-not-production': { type: 'boolean', default: false },
      seed: { type: 'string' },
      sample: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const url = values['db-url'];
  const onData = values.seed !== undefined || values.sample !== undefined;
  if ((url === undefined) !== onData) {
    throw new RippleError('usage/missing-option', 'rehearse: give --db-url URL (a staging copy of production) or --seed FILE.sql / --sample N (rows for embedded PGlite), not both');
  }
  const sample = values.sample === undefined ? undefined : sampleRows(values.sample);
  const format = oneOf(values.format ?? defaultFormat(values.output, io), REHEARSAL_FORMATS, '--format');
  for (const option of ['statement-timeout', 'lock-timeout'] as const) {
    if (!DURATION.test(values[option])) throw new RippleError('usage/bad-option', `--${option} must be a PostgreSQL duration such as 500ms, 30s or 5min (got ${values[option]})`);
  }
  // Only the tree options count here: findAddedMigrations reads no database.
  const analysis = analysisOptions('rehearse', values, io);
  const { base, added, config } = await findAddedMigrations(analysis);
  if (url === undefined) {
    if (config.migrations.command !== undefined || config.migrations.baseSchema !== undefined) {
      throw new RippleError('usage/conflicting-options', 'rehearse --seed/--sample: needs the migrations Ripple reads and replays (not migrations.command or migrations.baseSchema)');
    }
    const rows = [values.seed, sample === undefined ? undefined : `${sample} sample rows per table`].filter((item) => item !== undefined).join(' and ');
    analysis.progress(`applying ${base.length} base migrations on embedded PGlite, loading ${rows}, then the ${added.length} new ones statement by statement`);
    const rehearsal = await rehearseOnData(base, added, { ...(values.seed !== undefined ? { seed: values.seed } : {}), ...(sample !== undefined ? { sample } : {}) });
    await write(renderDataRehearsal(rehearsal, format), values.output, io);
    return rehearsal.findings.some((finding) => finding.level === 'error') ? EXIT_FINDINGS : EXIT_OK;
  }
  const rehearsal = await rehearseOnServer(url, added, {
    statementTimeout: values['statement-timeout'],
    lockTimeout: values['lock-timeout'],
    allowPrimary: values['i-know-this-is-not-production'],
    productionPattern: config.rehearse?.productionPattern ?? DEFAULT_PRODUCTION_PATTERN,
    progress: analysis.progress,
  });
  await write(renderServerRehearsal(rehearsal, format), values.output, io);
  return rehearsal.statements.some((statement) => statement.outcome === 'failed') ? EXIT_FINDINGS : EXIT_OK;
}

/** `--sample N`: a whole number from 1 to MAX_SAMPLE_ROWS, else a usage error (exit 2). */
function sampleRows(text: string): number {
  const rows = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (Number.isNaN(rows)) throw new RippleError('usage/bad-option', `--sample must be a whole number of rows per table from 1 to ${MAX_SAMPLE_ROWS} (got ${text})`);
  assertSampleRows(rows);
  return rows;
}

async function write(output: string, file: string | undefined, io: CliIo): Promise<void> {
  if (file !== undefined) await writeFile(file, output);
  else io.stdout(output);
}
