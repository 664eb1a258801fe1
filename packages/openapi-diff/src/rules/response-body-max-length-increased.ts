import { defineRule } from './rule.js';

export const responseBodyMaxLengthIncreased = defineRule({
  id: 'response-body-max-length-increased',
  level: 'error',
  site: 'response-body',
  change: 'max-length-increased',
  summary: 'max length increased',
  docs: '`maxLength` increased. Here it applies to the response body. Clients with fixed-size storage may receive strings that do not fit.',
  oasdiff: true,
});
