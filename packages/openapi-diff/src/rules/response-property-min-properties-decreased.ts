import type { RuleSpec } from './rule.js';

export const responsePropertyMinPropertiesDecreased: RuleSpec = {
  id: 'response-property-min-properties-decreased',
  level: 'error',
  site: 'response-property',
  change: 'min-properties-decreased',
  summary: 'min properties decreased',
  docs: '`minProperties` decreased. Here it applies to a response property. Clients may receive smaller objects.',
  oasdiff: false,
};
