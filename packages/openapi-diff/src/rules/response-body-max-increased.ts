import { defineRule } from './rule.js';

export const responseBodyMaxIncreased = defineRule({
  id: 'response-body-max-increased',
  level: 'error',
  site: 'response-body',
  change: 'max-increased',
  summary: 'max increased',
  docs: '`maximum` increased. Here it applies to the response body. Clients may receive values above the old maximum.',
  oasdiff: true,
});
