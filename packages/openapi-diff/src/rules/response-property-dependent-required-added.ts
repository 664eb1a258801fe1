import type { RuleSpec } from './rule.js';

export const responsePropertyDependentRequiredAdded: RuleSpec = {
  id: 'response-property-dependent-required-added',
  level: 'info',
  site: 'response-property',
  change: 'dependent-required-added',
  summary: 'dependent required added',
  docs: 'A `dependentRequired` entry was added: when the named property is present, other properties become required. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
