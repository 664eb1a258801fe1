import type { RuleSpec } from './rule.js';

export const requestBodyMultipleOfChanged: RuleSpec = {
  id: 'request-body-multiple-of-changed',
  level: 'error',
  site: 'request-body',
  change: 'multiple-of-changed',
  summary: 'multiple of changed',
  docs: '`multipleOf` changed to a value that neither divides nor is divided by the old one. Here it applies to the request body. Clients sending old multiples are rejected.',
  oasdiff: false,
};
