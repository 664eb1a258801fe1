import type { Level } from '@ripple/model';
import type { Site } from '../diff/change-event.js';

/**
 * One classification rule: the diff core reports `change` at `site`; this rule names it (`id`), says how much it
 * matters (`level`) and documents why. A rule is data: its file holds nothing else.
 */
export interface Rule {
  /** kebab-case, stable, equal to the file name; oasdiff's id where the concept is the same. */
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

export function defineRule(rule: Omit<Rule, 'direction'>): Rule {
  const direction = rule.site.startsWith('request') ? 'request' : rule.site.startsWith('response') ? 'response' : 'none';
  return Object.freeze({ ...rule, direction });
}
