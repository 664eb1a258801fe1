import type { RuleSpec } from './rule.js';

export const requestBodyMultipleOfGeneralized: RuleSpec = {
  id: 'request-body-multiple-of-generalized',
  level: 'info',
  site: 'request-body',
  change: 'multiple-of-generalized',
  summary: 'multiple of generalized',
  docs: '`multipleOf` changed to a divisor of the old one: every old value is still valid. Here it applies to the request body. Old requests stay valid.',
  oasdiff: false,
};
