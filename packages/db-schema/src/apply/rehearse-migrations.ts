import type { PGlite } from '@electric-sql/pglite';
import { fingerprint, type Diagnostic, type Finding, type Level, type Location, type SchemaSnapshot } from '@ripple/model';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { applyMigrations, runStatements, type ReplayProblem } from './apply-migrations.js';
import { historyGapDiagnostic } from './history-gaps.js';
import { readCachedRehearsal, rehearsalCacheDir, rehearsalKey, writeCachedRehearsal } from './rehearsal-cache.js';
import { schemaDifferences } from './schema-differences.js';
import { startPGliteForMigrations, type SnapshotOptions } from './snapshot-before-and-after.js';

/** The rules of the upgrade-and-rollback rehearsal, by id. */
export const REHEARSAL_RULES = {
  'new-migration-fails': { level: 'error', docs: 'A new migration fails to apply on the schema the base migrations build: the deploy would stop at it. The report is built from what did apply.' },
  'rollback-fails': { level: 'error', docs: 'A down migration fails to apply right after its up migration: a rollback in production would stop half way.' },
  'rollback-incomplete': { level: 'warning', docs: 'After the up and then the down migrations, the schema is not the one before: the rollback leaves objects behind or does not restore them.' },
  'reupgrade-fails': { level: 'error', docs: 'After a rollback the up migrations fail to apply again: the down left something the up creates, so a redeploy after a rollback breaks.' },
  'reupgrade-differs': { level: 'warning', docs: 'Up, down, up again gives a different schema than up once: the migrations are not repeatable.' },
} as const satisfies Record<string, { readonly level: Level; readonly docs: string }>;

export interface Rehearsal {
  readonly base: SchemaSnapshot;
  readonly head: SchemaSnapshot;
  /** `new-migration-fails`, and the findings of the rollback rehearsal (none when it passed or did not run). */
  readonly findings: readonly Finding[];
  /** Whether the rollback was rehearsed (every new migration has a down, and every new migration applied). */
  readonly rehearsed: boolean;
  /**
   * What the replay went on past: `migration/base-failed` (a base statement PostgreSQL refused), with one
   * `migration/history-incomplete` when those failures name tables no migration makes (see `historyGapDiagnostic`),
   * `migration/syntax-error` (a base file the grammar rejects), and `migration/rehearsal-skipped` (why the rollback
   * was not rehearsed), and what could only be approximated (`migration/extension-stand-in`, for an extension
   * PGlite does not bundle). Sorted by file, then line.
   */
  readonly diagnostics: readonly Diagnostic[];
}

export interface RehearsalOptions extends SnapshotOptions {
  /** Human progress during long replays, at most one line every few seconds. */
  readonly progress?: (message: string) => void;
  /**
   * Where finished rehearsals are kept, by a hash of the migrations, the schemas, PGlite's version and Ripple's code
   * (default `rehearsalCacheDir()`, under `$XDG_CACHE_HOME/ripple`); `false`: always replay.
   */
  readonly cacheDir?: string | false;
}

/**
 * The CI gate "simulate upgrade and rollback", on one embedded PGlite: apply the base migrations (snapshot base),
 * the new ones (snapshot head), then the new ones' downs in reverse order (must give base again), then the ups
 * again (must apply and give head again). Base and head are the same snapshots `snapshotBeforeAndAfter` returns.
 * The replay goes on past what fails (see `applyMigrations`): a base statement that fails is a diagnostic, a new
 * one a `new-migration-fails` finding, and head is what applied. A failing down is a finding (`rollback-fails`), and
 * so is a new down the grammar rejects: its up applied, and the rollback is then not rehearsed.
 */
export async function rehearseMigrations(
  baseMigrations: readonly Migration[],
  newMigrations: readonly Migration[],
  options: RehearsalOptions = {},
): Promise<Rehearsal> {
  const cacheDir = options.cacheDir ?? rehearsalCacheDir();
  if (cacheDir === false) return rehearseOnPGlite(baseMigrations, newMigrations, options);
  const key = await rehearsalKey(baseMigrations, newMigrations, options.schemas);
  const cached = await readCachedRehearsal<Rehearsal>(cacheDir, key);
  if (cached) return cached;
  const rehearsal = await rehearseOnPGlite(baseMigrations, newMigrations, options);
  await writeCachedRehearsal(cacheDir, key, rehearsal);
  return rehearsal;
}

async function rehearseOnPGlite(baseMigrations: readonly Migration[], newMigrations: readonly Migration[], options: RehearsalOptions): Promise<Rehearsal> {
  const { db, diagnostics: approximations } = await startPGliteForMigrations([...baseMigrations, ...newMigrations], options);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    const replay = options.progress ? { progress: options.progress } : {};
    const baseProblems = await applyMigrations(db, baseMigrations, replay);
    const base = await introspectCatalog(query, options.schemas);
    const gap = historyGapDiagnostic(baseProblems, base, [...baseMigrations, ...newMigrations]);
    const diagnostics = [...approximations, ...(gap ? [gap] : []), ...baseProblems.map(baseDiagnostic)];
    const problems = await applyMigrations(db, newMigrations, replay);
    // A down the grammar rejects leaves the up applied: the deploy goes on, a rollback would stop at that statement.
    const failed = problems.map((problem) => finding(problem.inDown ? 'rollback-fails' : 'new-migration-fails', problem.message, problem.location));
    const head = await introspectCatalog(query, options.schemas);
    const skipped = rehearsalSkipped(newMigrations, problems.some((problem) => !problem.inDown), problems.some((problem) => problem.inDown));
    if (skipped) return { base, head, findings: failed, rehearsed: false, diagnostics: [...diagnostics, skipped] };
    const result = await rehearseRollback(db, query, newMigrations, base, head, options);
    return { base, head, findings: result, rehearsed: true, diagnostics };
  } finally {
    await db.close();
  }
}

/** Why the rollback is not rehearsed, as a diagnostic at the first new migration concerned; undefined when it is. */
export function rehearsalSkipped(newMigrations: readonly Migration[], newFailed: boolean, downUnparsed = false): Diagnostic | undefined {
  const first = newMigrations[0];
  if (!first) return undefined;
  const withoutDown = newMigrations.filter((migration) => migration.down === undefined);
  if (withoutDown.length === 0 && !newFailed && !downUnparsed) return undefined;
  const why = newFailed
    ? 'a new migration fails to apply'
    : downUnparsed
      ? 'a new down migration does not parse (rollback-fails)'
      : `${withoutDown.length === newMigrations.length ? 'the new migrations have' : `${withoutDown.map((migration) => migration.file).join(', ')} ${withoutDown.length === 1 ? 'has' : 'have'}`} no down migration`;
  return {
    kind: 'diagnostic',
    code: 'migration/rehearsal-skipped',
    message: `rollback and re-upgrade not rehearsed: ${why}`,
    location: { file: (withoutDown[0] ?? first).file, line: 1 },
  };
}

/** A base migration that did not apply fully: the replay went on, the base schema lacks what it would have made. */
function baseDiagnostic(problem: ReplayProblem): Diagnostic {
  const code = problem.kind === 'syntax-error' ? 'migration/syntax-error' : 'migration/base-failed';
  const message = problem.kind === 'syntax-error' ? `base migration: ${problem.message}` : `base migration statement fails, skipped: ${problem.message}`;
  return { kind: 'diagnostic', code, message, location: problem.location };
}

type Query = (sql: string, params: readonly unknown[]) => Promise<unknown[]>;

/** Downs in reverse order (must give base again), then the ups again (must apply and give head again). */
async function rehearseRollback(
  db: PGlite,
  query: Query,
  newMigrations: readonly Migration[],
  base: SchemaSnapshot,
  head: SchemaSnapshot,
  options: SnapshotOptions,
): Promise<Finding[]> {
  const downs = [...newMigrations].reverse();
  for (const migration of downs) {
    const failure = await runStatements(db, migration.down!.statements);
    if (failure) return [finding('rollback-fails', `down migration fails after the up: ${failure.message}`, failure.location)];
  }
  const rolledBack = await introspectCatalog(query, options.schemas);
  const findings: Finding[] = [];
  const leftOver = schemaDifferences(base, rolledBack);
  if (leftOver.length > 0) {
    const where = { file: downs[0]!.down!.file, line: 1, column: 1 };
    findings.push(finding('rollback-incomplete', `after up and down the schema is not the one before: ${summarise(leftOver)}`, where));
  }
  for (const migration of newMigrations) {
    const failure = await runStatements(db, migration.up);
    if (failure) return [...findings, finding('reupgrade-fails', `up migration fails after the rollback: ${failure.message}`, failure.location)];
  }
  const reupgraded = await introspectCatalog(query, options.schemas);
  const drift = schemaDifferences(head, reupgraded);
  if (drift.length > 0) {
    findings.push(finding('reupgrade-differs', `up, down, up gives another schema than up: ${summarise(drift)}`, { file: newMigrations[0]!.file, line: 1, column: 1 }));
  }
  return findings;
}

function finding(id: keyof typeof REHEARSAL_RULES, message: string, location: Location): Finding {
  return { kind: 'finding', id, level: REHEARSAL_RULES[id].level, message, location, fingerprint: fingerprint(id, location.file, message) };
}

/** The first few differences, and how many more. */
function summarise(lines: readonly string[]): string {
  const shown = lines.slice(0, 5).join('; ');
  return lines.length > 5 ? `${shown}; and ${lines.length - 5} more` : shown;
}
