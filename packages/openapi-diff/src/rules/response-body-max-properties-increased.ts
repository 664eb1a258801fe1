import type { RuleSpec } from './rule.js';

export const responseBodyMaxPropertiesIncreased: RuleSpec = {
  id: 'response-body-max-properties-increased',
  level: 'error',
  site: 'response-body',
  change: 'max-properties-increased',
  summary: 'max properties increased',
  docs: '`maxProperties` increased. Here it applies to the response body. Clients may receive bigger objects than they allow for.',
  oasdiff: false,
};
