import type { RuleSpec } from './rule.js';

export const requestBodyMaxPropertiesIncreased: RuleSpec = {
  id: 'request-body-max-properties-increased',
  level: 'info',
  site: 'request-body',
  change: 'max-properties-increased',
  summary: 'max properties increased',
  docs: '`maxProperties` increased. Here it applies to the request body. Bigger objects are accepted.',
  oasdiff: false,
};
