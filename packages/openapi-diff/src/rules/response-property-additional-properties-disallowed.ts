import type { RuleSpec } from './rule.js';

export const responsePropertyAdditionalPropertiesDisallowed: RuleSpec = {
  id: 'response-property-additional-properties-disallowed',
  level: 'info',
  site: 'response-property',
  change: 'additional-properties-disallowed',
  summary: 'additional properties disallowed',
  docs: '`additionalProperties: false` was set on a response object: it no longer carries unlisted properties. Clients that read such properties lose them.',
  oasdiff: false,
};
