import type { RuleSpec } from './rule.js';

export const requestBodyMultipleOfUnset: RuleSpec = {
  id: 'request-body-multiple-of-unset',
  level: 'info',
  site: 'request-body',
  change: 'multiple-of-unset',
  summary: 'multiple of unset',
  docs: '`multipleOf` was removed. Here it applies to the request body. More values are accepted.',
  oasdiff: false,
};
