import type { RuleSpec } from './rule.js';

export const responseBodyDependentRequiredRemoved: RuleSpec = {
  id: 'response-body-dependent-required-removed',
  level: 'error',
  site: 'response-body',
  change: 'dependent-required-removed',
  summary: 'dependent required removed',
  docs: 'A `dependentRequired` entry was removed. Here it applies to the response body. Clients can no longer rely on the dependent properties being present.',
  oasdiff: true,
};
