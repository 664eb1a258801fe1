import type { RuleSpec } from './rule.js';

export const requestParameterMaxItemsIncreased: RuleSpec = {
  id: 'request-parameter-max-items-increased',
  level: 'info',
  site: 'request-parameter',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to a request parameter. Longer arrays are accepted.',
  oasdiff: true,
};
