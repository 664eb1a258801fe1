import { compareStrings, fingerprint, type Finding, type Level } from '@ripple/model';
import { compareVersions } from './compare-versions.js';
import type { Migration } from './migration.js';

/** The rule comparing two trees' migration histories, by id. */
export const HISTORY_RULES = {
  'migration-history-rewritten': {
    level: 'warning',
    docs:
      'A migration the base already has was changed, renamed or deleted: databases that ran it keep the old version, so they ' +
      'and a fresh install end up with different schemas. Leave applied migrations alone and add a new one instead.',
  },
} as const satisfies Record<string, { readonly level: Level; readonly docs: string }>;

/** How the head tree's migration history stands to the base tree's. */
export interface HistoryPairing {
  /** The head's migrations the base has: under the same file, or renamed with the same statements. Head order. */
  readonly kept: readonly Migration[];
  /** The head's migrations the base has not: the change's own. Head order. */
  readonly added: readonly Migration[];
  /** A base migration the head holds under another file with the same statements: `[base, head]`. */
  readonly renamed: readonly (readonly [Migration, Migration])[];
  /** Base migrations the head has neither under their file nor renamed: deleted, or squashed into an added one. */
  readonly deleted: readonly Migration[];
}

/**
 * Pairs the two histories. A head migration under a file the base lacks is the base's own when a base migration the
 * head lacks has the same statements (a migration folder renamed, a timestamp fixed): it is not the change's, and
 * replaying it as new would run its statements twice. Migrations with no statement never pair this way (an unread
 * builder migration is empty, and two empty ones say nothing about each other). Pure.
 */
export function pairHistories(base: readonly Migration[], head: readonly Migration[]): HistoryPairing {
  const headFiles = new Set(head.map((migration) => migration.file));
  const baseFiles = new Set(base.map((migration) => migration.file));
  const unpaired = new Map<string, Migration[]>();
  for (const old of base) {
    if (headFiles.has(old.file) || old.up.length === 0) continue;
    const key = serialiseStatements(old);
    unpaired.set(key, [...(unpaired.get(key) ?? []), old]);
  }
  const kept: Migration[] = [];
  const added: Migration[] = [];
  const renamed: (readonly [Migration, Migration])[] = [];
  for (const migration of head) {
    if (baseFiles.has(migration.file)) {
      kept.push(migration);
      continue;
    }
    const twin = migration.up.length === 0 ? undefined : unpaired.get(serialiseStatements(migration))?.shift();
    if (twin === undefined) added.push(migration);
    else {
      kept.push(migration);
      renamed.push([twin, migration]);
    }
  }
  const renamedFiles = new Set(renamed.map(([old]) => old.file));
  const deleted = base.filter((old) => !headFiles.has(old.file) && !renamedFiles.has(old.file));
  return { kept, added, renamed, deleted };
}

/**
 * The history a database on the base ran, as far as the two trees tell: the kept migrations (the head's versions, as
 * `findRewrittenHistory` says) with the deleted ones (the base's) put back, each before the first kept migration of a
 * later version. Replayed apart for the base schema when the head deleted or squashed migrations: without them the
 * base would lack what they made, and a squash's new initial migration could not apply on top of it. Pure.
 */
export function baseHistoryOf(pairing: Pick<HistoryPairing, 'kept' | 'deleted'>): Migration[] {
  const history = [...pairing.kept];
  for (const old of pairing.deleted) {
    const at = history.findIndex((migration) => compareVersions(migration.version, old.version) > 0);
    history.splice(at === -1 ? history.length : at, 0, old);
  }
  return history;
}

/**
 * The base tree's migrations the head tree changed (other statements up or down), renamed or deleted, one finding
 * each, in file order. Whitespace and comments outside statements do not count: the statements are what a database
 * runs. `pairing`: the two histories' `pairHistories`, when the caller has it already.
 */
export function findRewrittenHistory(base: readonly Migration[], head: readonly Migration[], pairing: Pick<HistoryPairing, 'renamed'> = pairHistories(base, head)): Finding[] {
  const headByFile = new Map(head.map((migration) => [migration.file, migration]));
  const renamedTo = new Map(pairing.renamed.map(([old, now]) => [old.file, now.file]));
  const findings: Finding[] = [];
  for (const old of [...base].sort((a, b) => compareStrings(a.file, b.file))) {
    const now = headByFile.get(old.file);
    if (now !== undefined && serialiseStatements(now) === serialiseStatements(old)) continue;
    const newName = renamedTo.get(old.file);
    const message =
      now !== undefined
        ? `${old.file} is changed since the base: databases that ran the old version do not get the change (the head's version is replayed for the base schema)`
        : newName !== undefined
          ? `${old.file} is renamed to ${newName} with the same statements: databases that ran it recorded the old name, so a runner that goes by name runs it again there`
          : `${old.file} is in the base but deleted in the head: databases that ran it keep what it did (it is replayed for the base schema, so what only it made shows as dropped)`;
    const location = { file: old.file, line: 1 };
    findings.push({ kind: 'finding', id: 'migration-history-rewritten', level: HISTORY_RULES['migration-history-rewritten'].level, message, location, fingerprint: fingerprint('migration-history-rewritten', old.file, message) });
  }
  return findings;
}

function serialiseStatements(migration: Migration): string {
  return JSON.stringify([migration.up.map((statement) => statement.sql), migration.down?.statements.map((statement) => statement.sql) ?? null]);
}
