import { defineRule } from './rule.js';

export const requestBodyMaxIncreased = defineRule({
  id: 'request-body-max-increased',
  level: 'info',
  site: 'request-body',
  change: 'max-increased',
  summary: 'max increased',
  docs: '`maximum` increased. Here it applies to the request body. More values are accepted: not breaking.',
  oasdiff: true,
});
