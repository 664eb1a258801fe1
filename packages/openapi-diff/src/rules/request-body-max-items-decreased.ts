import type { RuleSpec } from './rule.js';

export const requestBodyMaxItemsDecreased: RuleSpec = {
  id: 'request-body-max-items-decreased',
  level: 'error',
  site: 'request-body',
  change: 'max-items-decreased',
  summary: 'max items decreased',
  docs: '`maxItems` decreased. Here it applies to the request body. Clients sending longer arrays are rejected.',
  oasdiff: false,
};
