import type { RuleSpec } from './rule.js';

export const responseBodyDependentRequiredAdded: RuleSpec = {
  id: 'response-body-dependent-required-added',
  level: 'info',
  site: 'response-body',
  change: 'dependent-required-added',
  summary: 'dependent required added',
  docs: 'A `dependentRequired` entry was added: when the named property is present, other properties become required. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
