import type { RuleSpec } from './rule.js';

export const requestBodyMaxPropertiesSet: RuleSpec = {
  id: 'request-body-max-properties-set',
  level: 'error',
  site: 'request-body',
  change: 'max-properties-set',
  summary: 'max properties set',
  docs: 'A `maxProperties` was added. Here it applies to the request body. Clients sending more properties are rejected.',
  oasdiff: false,
};
