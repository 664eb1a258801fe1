import type { RuleSpec } from './rule.js';

export const requestPropertyDependentRequiredChanged: RuleSpec = {
  id: 'request-property-dependent-required-changed',
  level: 'error',
  site: 'request-property',
  change: 'dependent-required-changed',
  summary: 'dependent required changed',
  docs: 'The properties a `dependentRequired` entry requires changed. Here it applies to a request property. Clients may have to send properties they did not send before.',
  oasdiff: true,
};
