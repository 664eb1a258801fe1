import type { RuleSpec } from './rule.js';

export const responsePropertyUnevaluatedPropertiesAdded: RuleSpec = {
  id: 'response-property-unevaluated-properties-added',
  level: 'info',
  site: 'response-property',
  change: 'unevaluated-properties-added',
  summary: 'unevaluated properties added',
  docs: '`unevaluatedProperties` was added: properties no other keyword covers are constrained. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
