import type { RuleSpec } from './rule.js';

export const responsePropertyMultipleOfUnset: RuleSpec = {
  id: 'response-property-multiple-of-unset',
  level: 'error',
  site: 'response-property',
  change: 'multiple-of-unset',
  summary: 'multiple of unset',
  docs: '`multipleOf` was removed. Here it applies to a response property. Clients relying on the step break.',
  oasdiff: false,
};
