import { defineRule } from './rule.js';

export const requestParameterMaxIncreased = defineRule({
  id: 'request-parameter-max-increased',
  level: 'info',
  site: 'request-parameter',
  change: 'max-increased',
  summary: 'max increased',
  docs: '`maximum` increased. Here it applies to a request parameter. More values are accepted: not breaking.',
  oasdiff: true,
});
