import type { RuleSpec } from './rule.js';

export const responsePropertyDependentRequiredRemoved: RuleSpec = {
  id: 'response-property-dependent-required-removed',
  level: 'error',
  site: 'response-property',
  change: 'dependent-required-removed',
  summary: 'dependent required removed',
  docs: 'A `dependentRequired` entry was removed. Here it applies to a response property. Clients can no longer rely on the dependent properties being present.',
  oasdiff: true,
};
