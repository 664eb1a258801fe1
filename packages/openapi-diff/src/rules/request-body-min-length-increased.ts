import { defineRule } from './rule.js';

export const requestBodyMinLengthIncreased = defineRule({
  id: 'request-body-min-length-increased',
  level: 'error',
  site: 'request-body',
  change: 'min-length-increased',
  summary: 'min length increased',
  docs: '`minLength` increased. Here it applies to the request body. Clients sending shorter strings are rejected.',
  oasdiff: true,
});
