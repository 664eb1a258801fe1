import type { RuleSpec } from './rule.js';

export const responseBodyUnevaluatedPropertiesRemoved: RuleSpec = {
  id: 'response-body-unevaluated-properties-removed',
  level: 'error',
  site: 'response-body',
  change: 'unevaluated-properties-removed',
  summary: 'unevaluated properties removed',
  docs: '`unevaluatedProperties` was removed. Here it applies to the response body. Clients may meet properties they do not expect.',
  oasdiff: true,
};
