import type { RuleSpec } from './rule.js';

export const requestBodyDependentRequiredAdded: RuleSpec = {
  id: 'request-body-dependent-required-added',
  level: 'error',
  site: 'request-body',
  change: 'dependent-required-added',
  summary: 'dependent required added',
  docs: 'A `dependentRequired` entry was added: when the named property is present, other properties become required. Here it applies to the request body. Clients sending the property without them are rejected.',
  oasdiff: true,
};
