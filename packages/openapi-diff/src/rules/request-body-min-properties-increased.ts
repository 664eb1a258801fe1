import type { RuleSpec } from './rule.js';

export const requestBodyMinPropertiesIncreased: RuleSpec = {
  id: 'request-body-min-properties-increased',
  level: 'error',
  site: 'request-body',
  change: 'min-properties-increased',
  summary: 'min properties increased',
  docs: '`minProperties` increased. Here it applies to the request body. Clients sending fewer properties are rejected.',
  oasdiff: false,
};
