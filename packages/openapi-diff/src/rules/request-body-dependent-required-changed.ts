import type { RuleSpec } from './rule.js';

export const requestBodyDependentRequiredChanged: RuleSpec = {
  id: 'request-body-dependent-required-changed',
  level: 'error',
  site: 'request-body',
  change: 'dependent-required-changed',
  summary: 'dependent required changed',
  docs: 'The properties a `dependentRequired` entry requires changed. Here it applies to the request body. Clients may have to send properties they did not send before.',
  oasdiff: true,
};
