import { defineRule } from './rule.js';

export const requestBodyMaxLengthIncreased = defineRule({
  id: 'request-body-max-length-increased',
  level: 'info',
  site: 'request-body',
  change: 'max-length-increased',
  summary: 'max length increased',
  docs: '`maxLength` increased. Here it applies to the request body. Longer strings are accepted: not breaking.',
  oasdiff: true,
});
