import type { RuleSpec } from './rule.js';

export const responseBodyMaxItemsIncreased: RuleSpec = {
  id: 'response-body-max-items-increased',
  level: 'error',
  site: 'response-body',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to the response body. Clients may receive longer arrays than they allow for.',
  oasdiff: false,
};
