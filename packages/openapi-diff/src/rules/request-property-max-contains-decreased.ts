import type { RuleSpec } from './rule.js';

export const requestPropertyMaxContainsDecreased: RuleSpec = {
  id: 'request-property-max-contains-decreased',
  level: 'error',
  site: 'request-property',
  change: 'max-contains-decreased',
  summary: 'max contains decreased',
  docs: '`maxContains` decreased or was set. Here it applies to a request property. Clients sending more matching items are rejected.',
  oasdiff: true,
};
