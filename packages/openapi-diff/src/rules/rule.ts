import type { Level } from '@ripple/model';
import type { Site } from '../diff/change-event.js';

/**
 * One classification rule: the diff core reports `change` at `site`; this rule names it (`id`), says how much it
 * matters (`level`) and documents why. A rule is data: a row in the table of its site (`*-rules.ts`).
 */
export interface Rule {
  /** kebab-case, stable; oasdiff's id where the concept is the same. */
  readonly id: string;
  readonly level: Level;
  /** Who is affected: clients sending requests, clients reading responses, or the API as a whole. */
  readonly direction: 'request' | 'response' | 'none';
  readonly site: Site;
  readonly change: string;
  /** The short form used in finding messages: `max length decreased`. */
  readonly summary: string;
  /** Markdown: what the change is, who breaks and what to do instead. */
  readonly docs: string;
  /** True when oasdiff has the same id for the same concept. */
  readonly oasdiff: boolean;
}

/** A row of a rule table: the rule without its site (the table's) and direction (derived from the site). */
export type RuleRow = Omit<Rule, 'direction' | 'site'>;

/** Completes the rows of one site's table: direction follows from the site. */
export function defineRules(site: Site, rows: readonly RuleRow[]): readonly Rule[] {
  const direction = site.startsWith('request') ? 'request' : site.startsWith('response') ? 'response' : 'none';
  return rows.map((row) => Object.freeze({ ...row, site, direction }));
}
