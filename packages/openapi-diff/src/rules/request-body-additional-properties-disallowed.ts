import type { RuleSpec } from './rule.js';

export const requestBodyAdditionalPropertiesDisallowed: RuleSpec = {
  id: 'request-body-additional-properties-disallowed',
  level: 'error',
  site: 'request-body',
  change: 'additional-properties-disallowed',
  summary: 'additional properties disallowed',
  docs: '`additionalProperties: false` was set on a request object. Clients sending properties the schema does not list are now rejected.',
  oasdiff: false,
};
