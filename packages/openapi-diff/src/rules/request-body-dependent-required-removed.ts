import type { RuleSpec } from './rule.js';

export const requestBodyDependentRequiredRemoved: RuleSpec = {
  id: 'request-body-dependent-required-removed',
  level: 'info',
  site: 'request-body',
  change: 'dependent-required-removed',
  summary: 'dependent required removed',
  docs: 'A `dependentRequired` entry was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
