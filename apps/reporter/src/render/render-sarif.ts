import type { ImpactReport, Level } from '@ripple/model';
import { compareStrings, fingerprint, levelRank } from '@ripple/model';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import { collectSarifResults, type SarifDraft } from './sarif/collect-sarif-results.js';
import { describeRule } from './sarif/sarif-rules.js';

export interface SarifOptions {
  /** `tool.driver.version`; omitted when not given, so golden output does not change with each release. */
  readonly toolVersion?: string;
}

/** The `$schema` GitHub code scanning and editors recognise for SARIF 2.1.0. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Every uri in the log is relative to this base: the repository root Ripple scanned. */
const SRCROOT = '%SRCROOT%';
/** The `partialFingerprints` key; bump the version if what goes into the hash changes. */
const FINGERPRINT_KEY = 'rippleFingerprint/v1';

const SARIF_LEVEL: Readonly<Record<Level, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The report as SARIF 2.1.0 for GitHub code scanning: one result per forgotten consumer, per code/job consumer of an
 * error or warning change, per lint finding and per error/warning API change, with rule metadata for every rule id
 * used. Deterministic: results sorted by file, line, rule and message; no timestamps; uris relative to %SRCROOT%.
 */
export function renderSarif(report: ImpactReport, options: SarifOptions = {}): string {
  const drafts = [...collectSarifResults(report)].sort(compareDrafts);
  const ruleIds = [...new Set(drafts.map((draft) => draft.ruleId))].sort(compareStrings);
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id): ReportingDescriptor => ({
    ...describeRule(id),
    defaultConfiguration: { level: SARIF_LEVEL[highestLevel(drafts.filter((draft) => draft.ruleId === id))] },
  }));
  const seen = new Map<string, number>();
  const results = drafts.map((draft): Result => {
    // Two results with the same subject (one function reading a column twice) still need distinct fingerprints.
    const occurrence = seen.get(draft.fingerprint) ?? 0;
    seen.set(draft.fingerprint, occurrence + 1);
    return {
      ruleId: draft.ruleId,
      ruleIndex: ruleIndex.get(draft.ruleId)!,
      level: SARIF_LEVEL[draft.level],
      message: { text: draft.message },
      locations: [physicalLocation(draft.file, draft.line, draft.column)],
      ...relatedLocations(draft),
      partialFingerprints: { [FINGERPRINT_KEY]: occurrence === 0 ? draft.fingerprint : fingerprint(draft.fingerprint, String(occurrence)) },
      ...(Object.keys(draft.properties).length > 0 ? { properties: draft.properties } : {}),
    };
  });
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ripple',
            ...(options.toolVersion !== undefined ? { version: options.toolVersion } : {}),
            informationUri: 'https://github.com/ripple-dev/ripple',
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository Ripple scanned (--repo).' } } },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function physicalLocation(file: string, line?: number, column?: number): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
      ...(line !== undefined ? { region: { startLine: line, ...(column !== undefined ? { startColumn: column } : {}) } } : {}),
    },
  };
}

/** A repository-relative, `/`-separated path as a relative URI reference: each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function compareDrafts(a: SarifDraft, b: SarifDraft): number {
  return (
    compareStrings(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.fingerprint, b.fingerprint)
  );
}

function highestLevel(drafts: readonly SarifDraft[]): Level {
  return drafts.reduce<Level>((highest, draft) => (levelRank(draft.level) > levelRank(highest) ? draft.level : highest), 'info');
}

/** The migration that makes the change, then each hop of an api consumer's chain. */
function relatedLocations(draft: SarifDraft): Pick<Result, 'relatedLocations'> {
  const related = [
    ...(draft.related ? [{ ...physicalLocation(draft.related.file, draft.related.line), message: { text: 'the migration that makes the change' } }] : []),
    ...(draft.chain ?? []).map((hop) => ({ ...physicalLocation(hop.file, hop.line, hop.column), message: { text: hop.step } })),
  ];
  return related.length === 0 ? {} : { relatedLocations: related.map((location, index) => ({ id: index + 1, ...location })) };
}
