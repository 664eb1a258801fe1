import { defineRule } from './rule.js';

export const requestParameterMaxItemsIncreased = defineRule({
  id: 'request-parameter-max-items-increased',
  level: 'info',
  site: 'request-parameter',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to a request parameter. Longer arrays are accepted.',
  oasdiff: true,
});
