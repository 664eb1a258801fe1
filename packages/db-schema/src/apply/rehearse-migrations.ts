import { fingerprint, type Diagnostic, type Finding, type Level, type Location, type SchemaSnapshot } from '@ripple/model';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { applyMigrations, runStatements } from './apply-migrations.js';
import { schemaDifferences } from './schema-differences.js';
import { startPGliteForMigrations, type SnapshotOptions } from './snapshot-before-and-after.js';

/** The rules of the upgrade-and-rollback rehearsal, by id. */
export const REHEARSAL_RULES = {
  'rollback-fails': { level: 'error', docs: 'A down migration fails to apply right after its up migration: a rollback in production would stop half way.' },
  'rollback-incomplete': { level: 'warning', docs: 'After the up and then the down migrations, the schema is not the one before: the rollback leaves objects behind or does not restore them.' },
  'reupgrade-fails': { level: 'error', docs: 'After a rollback the up migrations fail to apply again: the down left something the up creates, so a redeploy after a rollback breaks.' },
  'reupgrade-differs': { level: 'warning', docs: 'Up, down, up again gives a different schema than up once: the migrations are not repeatable.' },
} as const satisfies Record<string, { readonly level: Level; readonly docs: string }>;

export interface Rehearsal {
  readonly base: SchemaSnapshot;
  readonly head: SchemaSnapshot;
  /** Findings of the rollback rehearsal: empty when it passed, or when a new migration has no down (lint says so). */
  readonly findings: readonly Finding[];
  /** Whether the rollback was rehearsed (every new migration has a down). */
  readonly rehearsed: boolean;
  /** What could only be approximated, e.g. a stand-in for an extension PGlite does not bundle. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The CI gate "simulate upgrade and rollback", on one embedded PGlite: apply the base migrations (snapshot base),
 * the new ones (snapshot head), then the new ones' downs in reverse order (must give base again), then the ups
 * again (must apply and give head again). Base and head are the same snapshots `snapshotBeforeAndAfter` returns.
 * A failing base or up migration throws `migration/apply-failed` as there; a failing down is a finding.
 */
export async function rehearseMigrations(
  baseMigrations: readonly Migration[],
  newMigrations: readonly Migration[],
  options: SnapshotOptions = {},
): Promise<Rehearsal> {
  const { db, diagnostics } = await startPGliteForMigrations([...baseMigrations, ...newMigrations], options);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    await applyMigrations(db, baseMigrations);
    const base = await introspectCatalog(query, options.schemas);
    await applyMigrations(db, newMigrations);
    const head = await introspectCatalog(query, options.schemas);
    const rehearsed = newMigrations.length > 0 && newMigrations.every((migration) => migration.down !== undefined);
    if (!rehearsed) return { base, head, findings: [], rehearsed, diagnostics };

    const downs = [...newMigrations].reverse();
    for (const migration of downs) {
      const failure = await runStatements(db, migration.down!.statements);
      if (failure) return { base, head, findings: [finding('rollback-fails', `down migration fails after the up: ${failure.message}`, failure.location)], rehearsed, diagnostics };
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
      if (failure) return { base, head, findings: [...findings, finding('reupgrade-fails', `up migration fails after the rollback: ${failure.message}`, failure.location)], rehearsed, diagnostics };
    }
    const reupgraded = await introspectCatalog(query, options.schemas);
    const drift = schemaDifferences(head, reupgraded);
    if (drift.length > 0) {
      findings.push(finding('reupgrade-differs', `up, down, up gives another schema than up: ${summarise(drift)}`, { file: newMigrations[0]!.file, line: 1, column: 1 }));
    }
    return { base, head, findings, rehearsed, diagnostics };
  } finally {
    await db.close();
  }
}

function finding(id: keyof typeof REHEARSAL_RULES, message: string, location: Location): Finding {
  return { kind: 'finding', id, level: REHEARSAL_RULES[id].level, message, location, fingerprint: fingerprint(id, location.file, message) };
}

/** The first few differences, and how many more. */
function summarise(lines: readonly string[]): string {
  const shown = lines.slice(0, 5).join('; ');
  return lines.length > 5 ? `${shown}; and ${lines.length - 5} more` : shown;
}
