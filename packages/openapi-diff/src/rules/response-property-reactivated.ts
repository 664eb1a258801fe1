import type { RuleSpec } from './rule.js';

export const responsePropertyReactivated: RuleSpec = {
  id: 'response-property-reactivated',
  level: 'info',
  site: 'response-property',
  change: 'reactivated',
  summary: 'reactivated',
  docs: 'The property is no longer `deprecated`. Here it applies to a response property. Informational.',
  oasdiff: true,
};
