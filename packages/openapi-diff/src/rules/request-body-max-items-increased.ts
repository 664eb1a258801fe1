import type { RuleSpec } from './rule.js';

export const requestBodyMaxItemsIncreased: RuleSpec = {
  id: 'request-body-max-items-increased',
  level: 'info',
  site: 'request-body',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to the request body. Longer arrays are accepted.',
  oasdiff: false,
};
