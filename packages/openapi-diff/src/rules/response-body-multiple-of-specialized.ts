import type { RuleSpec } from './rule.js';

export const responseBodyMultipleOfSpecialized: RuleSpec = {
  id: 'response-body-multiple-of-specialized',
  level: 'info',
  site: 'response-body',
  change: 'multiple-of-specialized',
  summary: 'multiple of specialized',
  docs: '`multipleOf` changed to a multiple of the old one: every new value was valid before. Here it applies to the response body. Values stay on the old step: not breaking.',
  oasdiff: false,
};
