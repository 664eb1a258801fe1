import type { RuleSpec } from './rule.js';

export const responseBodyUnevaluatedPropertiesAdded: RuleSpec = {
  id: 'response-body-unevaluated-properties-added',
  level: 'info',
  site: 'response-body',
  change: 'unevaluated-properties-added',
  summary: 'unevaluated properties added',
  docs: '`unevaluatedProperties` was added: properties no other keyword covers are constrained. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
