import type { RuleSpec } from './rule.js';

export const responsePropertyMultipleOfChanged: RuleSpec = {
  id: 'response-property-multiple-of-changed',
  level: 'error',
  site: 'response-property',
  change: 'multiple-of-changed',
  summary: 'multiple of changed',
  docs: '`multipleOf` changed to a value that neither divides nor is divided by the old one. Here it applies to a response property. Clients relying on the old step break.',
  oasdiff: false,
};
