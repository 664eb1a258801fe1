import { defineRule } from './rule.js';

export const requestBodyAddedOptional = defineRule({
  id: 'request-body-added-optional',
  level: 'info',
  site: 'request-body',
  change: 'added-optional',
  summary: 'optional request body added',
  docs: 'An optional request body was added. Not breaking.',
  oasdiff: true,
});
