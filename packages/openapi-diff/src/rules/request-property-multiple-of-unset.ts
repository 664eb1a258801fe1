import type { RuleSpec } from './rule.js';

export const requestPropertyMultipleOfUnset: RuleSpec = {
  id: 'request-property-multiple-of-unset',
  level: 'info',
  site: 'request-property',
  change: 'multiple-of-unset',
  summary: 'multiple of unset',
  docs: '`multipleOf` was removed. Here it applies to a request property. More values are accepted.',
  oasdiff: false,
};
