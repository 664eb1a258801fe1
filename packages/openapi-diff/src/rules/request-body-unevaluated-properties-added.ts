import type { RuleSpec } from './rule.js';

export const requestBodyUnevaluatedPropertiesAdded: RuleSpec = {
  id: 'request-body-unevaluated-properties-added',
  level: 'error',
  site: 'request-body',
  change: 'unevaluated-properties-added',
  summary: 'unevaluated properties added',
  docs: '`unevaluatedProperties` was added: properties no other keyword covers are constrained. Here it applies to the request body. Clients sending such properties may be rejected.',
  oasdiff: true,
};
