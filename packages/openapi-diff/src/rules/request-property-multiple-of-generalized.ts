import type { RuleSpec } from './rule.js';

export const requestPropertyMultipleOfGeneralized: RuleSpec = {
  id: 'request-property-multiple-of-generalized',
  level: 'info',
  site: 'request-property',
  change: 'multiple-of-generalized',
  summary: 'multiple of generalized',
  docs: '`multipleOf` changed to a divisor of the old one: every old value is still valid. Here it applies to a request property. Old requests stay valid.',
  oasdiff: false,
};
