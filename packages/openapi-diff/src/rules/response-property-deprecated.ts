import type { RuleSpec } from './rule.js';

export const responsePropertyDeprecated: RuleSpec = {
  id: 'response-property-deprecated',
  level: 'info',
  site: 'response-property',
  change: 'deprecated',
  summary: 'deprecated',
  docs: 'The property was marked `deprecated`. Here it applies to a response property. Clients should stop reading it.',
  oasdiff: true,
};
