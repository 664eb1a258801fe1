import { compareStrings, fingerprint, type Finding, type Level } from '@ripple/model';
import type { Migration } from './migration.js';

/** The rule comparing two trees' migration histories, by id. */
export const HISTORY_RULES = {
  'migration-history-rewritten': {
    level: 'warning',
    docs:
      'A migration the base already has was changed or deleted: databases that ran it keep the old version, so they ' +
      'and a fresh install end up with different schemas. Leave applied migrations alone and add a new one instead.',
  },
} as const satisfies Record<string, { readonly level: Level; readonly docs: string }>;

/**
 * The base tree's migrations the head tree changed (other statements up or down) or deleted, one finding each, in
 * file order. Whitespace and comments outside statements do not count: the statements are what a database runs.
 */
export function findRewrittenHistory(base: readonly Migration[], head: readonly Migration[]): Finding[] {
  const headByFile = new Map(head.map((migration) => [migration.file, migration]));
  const findings: Finding[] = [];
  for (const old of [...base].sort((a, b) => compareStrings(a.file, b.file))) {
    const now = headByFile.get(old.file);
    if (now !== undefined && serialiseStatements(now) === serialiseStatements(old)) continue;
    const message =
      now === undefined
        ? `${old.file} is in the base but deleted in the head: databases that ran it keep what it did`
        : `${old.file} is changed since the base: databases that ran the old version do not get the change (the head's version is replayed for the base schema)`;
    const location = { file: old.file, line: 1 };
    findings.push({ kind: 'finding', id: 'migration-history-rewritten', level: HISTORY_RULES['migration-history-rewritten'].level, message, location, fingerprint: fingerprint('migration-history-rewritten', old.file, message) });
  }
  return findings;
}

function serialiseStatements(migration: Migration): string {
  return JSON.stringify([migration.up.map((statement) => statement.sql), migration.down?.statements.map((statement) => statement.sql) ?? null]);
}
