import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Level, ownEntry, RippleError } from '@ripple/model';
import { RULES } from '../rules/registry.js';

/** A rule's level as a severity-levels file sets it; `none` leaves the rule's findings out. */
export type SeverityLevel = Level | 'none';

/** Levels by rule id, overriding the registry's (oasdiff's `--severity-levels`). */
export type SeverityLevels = Readonly<Record<string, SeverityLevel>>;

/** oasdiff's spellings (`err`, `ERR`, ...) and Ripple's level names. */
const LEVEL_NAMES: Readonly<Record<string, SeverityLevel>> = {
  err: 'error',
  error: 'error',
  warn: 'warning',
  warning: 'warning',
  info: 'info',
  none: 'none',
};

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/**
 * Parses a severity-levels file in oasdiff's format: one rule id and one level per line, separated by blanks,
 *
 *     api-security-removed                          warn
 *     request-parameter-enum-value-added            err
 *     response-optional-property-removed            none
 *
 * with oasdiff's level names (`err`, `warn`, `info`, `none`, any case) or Ripple's (`error`, `warning`). As in
 * oasdiff, a later line for the same id wins; unlike it, blank lines and `#` comments are allowed. An id Ripple has
 * no rule for, a level that is none of these, or a line that is not two words throws `severity-levels/invalid`
 * naming the file and line. Pure: `file` only names the source in errors.
 */
export function parseSeverityLevels(text: string, file: string): SeverityLevels {
  const levels: Record<string, SeverityLevel> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const words = raw.replace(/(^|\s)#.*$/, '').trim().split(/\s+/).filter((word) => word !== '');
    if (words.length === 0) return;
    const [id, name] = words;
    if (words.length !== 2 || id === undefined || name === undefined) {
      throw new RippleError('severity-levels/invalid', `expected \`<rule-id> <err|warn|info|none>\` (got \`${raw.trim()}\`)`, { file, line });
    }
    if (!RULE_IDS.has(id)) {
      throw new RippleError('severity-levels/invalid', `unknown rule id "${id}": Ripple has no rule with this id (docs/rules.md lists them)`, { file, line });
    }
    const level = ownEntry(LEVEL_NAMES, name.toLowerCase());
    if (level === undefined) throw new RippleError('severity-levels/invalid', `invalid level "${name}" for ${id}: expected err, warn, info or none`, { file, line });
    levels[id] = level;
  });
  return Object.freeze(levels);
}

/**
 * Reads and parses a severity-levels file, `file` relative to `root` (errors name `file` as given); one that cannot
 * be read throws `severity-levels/invalid` naming it.
 */
export async function readSeverityLevels(file: string, root = '.'): Promise<SeverityLevels> {
  let text: string;
  try {
    text = await readFile(resolve(root, file), 'utf8');
  } catch (error) {
    throw new RippleError('severity-levels/invalid', `cannot read the severity-levels file: ${(error as Error).message}`, { file, line: 1 }, { cause: error });
  }
  return parseSeverityLevels(text, file);
}
