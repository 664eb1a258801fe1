import type { RuleSpec } from './rule.js';

export const responsePropertyMaxContainsDecreased: RuleSpec = {
  id: 'response-property-max-contains-decreased',
  level: 'info',
  site: 'response-property',
  change: 'max-contains-decreased',
  summary: 'max contains decreased',
  docs: '`maxContains` decreased or was set. Here it applies to a response property. Responses hold fewer matching items: not breaking.',
  oasdiff: true,
};
