import { defineRule } from './rule.js';

export const requestParameterMaxLengthIncreased = defineRule({
  id: 'request-parameter-max-length-increased',
  level: 'info',
  site: 'request-parameter',
  change: 'max-length-increased',
  summary: 'max length increased',
  docs: '`maxLength` increased. Here it applies to a request parameter. Longer strings are accepted: not breaking.',
  oasdiff: true,
});
