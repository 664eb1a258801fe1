import type { RuleSpec } from './rule.js';

export const responseBodyMinPropertiesDecreased: RuleSpec = {
  id: 'response-body-min-properties-decreased',
  level: 'error',
  site: 'response-body',
  change: 'min-properties-decreased',
  summary: 'min properties decreased',
  docs: '`minProperties` decreased. Here it applies to the response body. Clients may receive smaller objects.',
  oasdiff: false,
};
