import { levelReaches, type ImpactReport, type Level } from '@ripple/model';
import type { BaselineEntry, BaselineFile } from './baseline-file.js';

/**
 * A baseline accepting every change, API change and finding of the report at or above `minimum`, keeping the
 * reason and expiry of entries an earlier baseline already had. Sorted by key, so re-running gives the same file.
 */
export function baselineFromReport(
  report: ImpactReport,
  options: { readonly reason: string; readonly expires?: string; readonly minimum: Level; readonly previous?: BaselineFile },
): BaselineFile {
  const previous = new Map((options.previous?.entries ?? []).map((entry) => [entry.change ?? entry.fingerprint ?? '', entry]));
  const fresh = (key: { change: string } | { fingerprint: string }, what: string): BaselineEntry => {
    const old = previous.get('change' in key ? key.change : key.fingerprint);
    return {
      ...key,
      what,
      reason: old?.reason ?? options.reason,
      ...((old?.expires ?? options.expires) !== undefined ? { expires: (old?.expires ?? options.expires)! } : {}),
    };
  };
  const entries: BaselineEntry[] = [
    ...report.changes.filter((change) => levelReaches(change.severity, options.minimum)).map((change) => fresh({ change: change.id }, `${change.table}.${change.column} ${change.summary}`)),
    ...report.apiChanges.filter((change) => levelReaches(change.level, options.minimum)).map((change) => fresh({ fingerprint: change.fingerprint }, `${change.id} ${change.operation}`)),
    ...report.findings
      .filter((finding) => levelReaches(finding.level, options.minimum) && !finding.id.startsWith('baseline-'))
      .map((finding) => fresh({ fingerprint: finding.fingerprint }, `${finding.id} ${finding.location.file}:${finding.location.line}`)),
  ];
  const key = (entry: BaselineEntry): string => entry.change ?? entry.fingerprint ?? '';
  return { version: 1, entries: entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}
