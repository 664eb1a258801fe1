import { readFile } from 'node:fs/promises';
import { RippleError, type ApiChange } from '@ripple/model';

/** One accepted change: by fingerprint, or by rule id and operation; always with the reason it is accepted. */
export interface IgnoreEntry {
  readonly fingerprint?: string;
  readonly id?: string;
  readonly operation?: string;
  readonly reason: string;
  /** 1-based line in the ignore file. */
  readonly line: number;
}

/**
 * Parses an ignore file. One entry per line, `#` starts a comment, blank lines are skipped:
 *
 *     3f2a9c1d0b7e4a55  customers.email is served by v2 since March
 *     response-required-property-removed GET /customers/{id}  moved to /customers/{id}/contact
 *
 * A fingerprint (16 hex digits) or an id followed by an operation (`METHOD /path`, or `*`), then the reason,
 * which is required. Pure: `file` only names the source in errors.
 */
export function parseIgnoreFile(text: string, file: string): readonly IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') return;
    const byFingerprint = /^([0-9a-f]{16})\s+(.+)$/.exec(content);
    if (byFingerprint?.[1] && byFingerprint[2]) {
      entries.push({ fingerprint: byFingerprint[1], reason: byFingerprint[2].trim(), line });
      return;
    }
    const byOperation = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s+(\*|[A-Z]+\s+\S+)\s+(.+)$/.exec(content);
    if (byOperation?.[1] && byOperation[2] && byOperation[3]) {
      entries.push({ id: byOperation[1], operation: byOperation[2].replace(/\s+/, ' '), reason: byOperation[3].trim(), line });
      return;
    }
    throw new RippleError(
      'ignore/invalid',
      'expected `<fingerprint> <reason>` or `<rule-id> <METHOD /path | *> <reason>` (a reason is required)',
      { file, line },
    );
  });
  return entries;
}

/** The changes no entry accepts. Pure counterpart of `applyIgnoreFile`. */
export function applyIgnoreEntries(changes: readonly ApiChange[], entries: readonly IgnoreEntry[]): readonly ApiChange[] {
  const fingerprints = new Set(entries.flatMap((entry) => (entry.fingerprint ? [entry.fingerprint] : [])));
  const pairs = new Set(entries.flatMap((entry) => (entry.id && entry.operation ? [`${entry.id} ${entry.operation}`] : [])));
  return changes.filter(
    (change) => !fingerprints.has(change.fingerprint) && !pairs.has(`${change.id} ${change.operation}`) && !pairs.has(`${change.id} *`),
  );
}

/** Reads `file` and drops the changes it accepts. A missing file or a malformed line throws `ignore/invalid`. */
export async function applyIgnoreFile(changes: readonly ApiChange[], file: string): Promise<readonly ApiChange[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RippleError('ignore/invalid', `cannot read the ignore file: ${(error as Error).message}`, { file, line: 1 }, { cause: error });
  }
  return applyIgnoreEntries(changes, parseIgnoreFile(text, file));
}
