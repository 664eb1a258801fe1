import type { RuleSpec } from './rule.js';

export const responsePropertyDependentRequiredChanged: RuleSpec = {
  id: 'response-property-dependent-required-changed',
  level: 'error',
  site: 'response-property',
  change: 'dependent-required-changed',
  summary: 'dependent required changed',
  docs: 'The properties a `dependentRequired` entry requires changed. Here it applies to a response property. Clients may miss properties they relied on.',
  oasdiff: true,
};
