import type { RuleSpec } from './rule.js';

export const requestPropertyAdditionalPropertiesDisallowed: RuleSpec = {
  id: 'request-property-additional-properties-disallowed',
  level: 'error',
  site: 'request-property',
  change: 'additional-properties-disallowed',
  summary: 'additional properties disallowed',
  docs: '`additionalProperties: false` was set on a request object. Clients sending properties the schema does not list are now rejected.',
  oasdiff: false,
};
