import type { RuleSpec } from './rule.js';

export const requestPropertyDependentRequiredRemoved: RuleSpec = {
  id: 'request-property-dependent-required-removed',
  level: 'info',
  site: 'request-property',
  change: 'dependent-required-removed',
  summary: 'dependent required removed',
  docs: 'A `dependentRequired` entry was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
