import type { RuleSpec } from './rule.js';

export const responseBodyMultipleOfChanged: RuleSpec = {
  id: 'response-body-multiple-of-changed',
  level: 'error',
  site: 'response-body',
  change: 'multiple-of-changed',
  summary: 'multiple of changed',
  docs: '`multipleOf` changed to a value that neither divides nor is divided by the old one. Here it applies to the response body. Clients relying on the old step break.',
  oasdiff: false,
};
