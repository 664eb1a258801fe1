import type { RuleSpec } from './rule.js';

export const requestBodyMaxPropertiesDecreased: RuleSpec = {
  id: 'request-body-max-properties-decreased',
  level: 'error',
  site: 'request-body',
  change: 'max-properties-decreased',
  summary: 'max properties decreased',
  docs: '`maxProperties` decreased. Here it applies to the request body. Clients sending more properties are rejected.',
  oasdiff: false,
};
