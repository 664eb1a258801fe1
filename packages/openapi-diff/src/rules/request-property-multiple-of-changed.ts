import type { RuleSpec } from './rule.js';

export const requestPropertyMultipleOfChanged: RuleSpec = {
  id: 'request-property-multiple-of-changed',
  level: 'error',
  site: 'request-property',
  change: 'multiple-of-changed',
  summary: 'multiple of changed',
  docs: '`multipleOf` changed to a value that neither divides nor is divided by the old one. Here it applies to a request property. Clients sending old multiples are rejected.',
  oasdiff: false,
};
