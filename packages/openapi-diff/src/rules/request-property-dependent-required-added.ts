import type { RuleSpec } from './rule.js';

export const requestPropertyDependentRequiredAdded: RuleSpec = {
  id: 'request-property-dependent-required-added',
  level: 'error',
  site: 'request-property',
  change: 'dependent-required-added',
  summary: 'dependent required added',
  docs: 'A `dependentRequired` entry was added: when the named property is present, other properties become required. Here it applies to a request property. Clients sending the property without them are rejected.',
  oasdiff: true,
};
