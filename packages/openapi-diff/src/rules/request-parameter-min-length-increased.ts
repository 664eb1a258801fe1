import { defineRule } from './rule.js';

export const requestParameterMinLengthIncreased = defineRule({
  id: 'request-parameter-min-length-increased',
  level: 'error',
  site: 'request-parameter',
  change: 'min-length-increased',
  summary: 'min length increased',
  docs: '`minLength` increased. Here it applies to a request parameter. Clients sending shorter strings are rejected.',
  oasdiff: true,
});
