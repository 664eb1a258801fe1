import { formerFingerprints } from '@ripple/db-schema';
import { fingerprint, type Acceptance, type Finding, type ImpactReport } from '@ripple/model';
import type { BaselineEntry, BaselineFile } from './baseline-file.js';

export interface BaselineContext {
  /** The baseline file, relative path as given: findings about its entries point into it. */
  readonly file: string;
  /** The file's text, to give each entry's line. */
  readonly text: string;
  /** Today, as an ISO date: entries that expired before it accept nothing. */
  readonly today: string;
}

/**
 * Marks the report items a baseline accepts. An expired entry accepts nothing and becomes an `error` finding
 * (`baseline-entry-expired`), so a gate on errors fails until someone renews or removes it; an entry that matches
 * nothing becomes an `info` finding (`baseline-entry-unused`). Pure.
 */
export function applyBaseline(report: ImpactReport, baseline: BaselineFile, context: BaselineContext): ImpactReport {
  const active = new Map<string, BaselineEntry>();
  const findings: Finding[] = [];
  for (const entry of baseline.entries) {
    if (entry.expires !== undefined && entry.expires < context.today) {
      findings.push(baselineFinding('baseline-entry-expired', 'error', `baseline entry for ${keyOf(entry)} expired on ${entry.expires} (${entry.reason}): renew it or fix what it accepts`, entry, context));
    } else {
      active.set(keyOf(entry), entry);
    }
  }
  const used = new Set<string>();
  const accept = (key: string, ...formerKeys: readonly string[]): { accepted: Acceptance } | Record<string, never> => {
    key = [key, ...formerKeys].find((candidate) => active.has(candidate)) ?? key;
    const entry = active.get(key);
    if (entry === undefined) return {};
    used.add(key);
    return { accepted: { reason: entry.reason, ...(entry.expires !== undefined ? { expires: entry.expires } : {}) } };
  };
  const changes = report.changes.map((change) => ({ ...change, ...accept(`change ${change.id}`) }));
  const apiChanges = report.apiChanges.map((change) => ({ ...change, ...accept(`fingerprint ${change.fingerprint}`) }));
  // A lint rule renamed to squawk's id still matches entries written under its former id.
  const existing = report.findings.map((finding) => ({ ...finding, ...accept(`fingerprint ${finding.fingerprint}`, ...formerFingerprints(finding).map((former) => `fingerprint ${former}`)) }));
  for (const [key, entry] of active) {
    if (!used.has(key)) findings.push(baselineFinding('baseline-entry-unused', 'info', `baseline entry for ${key} matches nothing in this report: remove it`, entry, context));
  }
  return { ...report, changes, apiChanges, findings: [...existing, ...findings].sort(compareFindings) };
}

function keyOf(entry: BaselineEntry): string {
  return entry.change !== undefined ? `change ${entry.change}` : `fingerprint ${entry.fingerprint}`;
}

function baselineFinding(id: string, level: Finding['level'], message: string, entry: BaselineEntry, context: BaselineContext): Finding {
  const value = entry.change ?? entry.fingerprint ?? '';
  return {
    kind: 'finding',
    id,
    level,
    message,
    location: { file: context.file, line: lineOf(context.text, JSON.stringify(value)) },
    fingerprint: fingerprint(id, value),
  };
}

/** The 1-based line where `needle` first occurs in `text`, or 1. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
