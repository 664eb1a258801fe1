import type { RuleSpec } from './rule.js';

export const responseBodyAdditionalPropertiesDisallowed: RuleSpec = {
  id: 'response-body-additional-properties-disallowed',
  level: 'info',
  site: 'response-body',
  change: 'additional-properties-disallowed',
  summary: 'additional properties disallowed',
  docs: '`additionalProperties: false` was set on a response object: it no longer carries unlisted properties. Clients that read such properties lose them.',
  oasdiff: false,
};
