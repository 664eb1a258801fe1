import type { RuleSpec } from './rule.js';

export const responseBodyMultipleOfUnset: RuleSpec = {
  id: 'response-body-multiple-of-unset',
  level: 'error',
  site: 'response-body',
  change: 'multiple-of-unset',
  summary: 'multiple of unset',
  docs: '`multipleOf` was removed. Here it applies to the response body. Clients relying on the step break.',
  oasdiff: false,
};
