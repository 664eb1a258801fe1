import type { RuleSpec } from './rule.js';

export const responseBodyDependentRequiredChanged: RuleSpec = {
  id: 'response-body-dependent-required-changed',
  level: 'error',
  site: 'response-body',
  change: 'dependent-required-changed',
  summary: 'dependent required changed',
  docs: 'The properties a `dependentRequired` entry requires changed. Here it applies to the response body. Clients may miss properties they relied on.',
  oasdiff: true,
};
