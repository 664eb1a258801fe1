import { defineRule } from './rule.js';

export const requestBodyAddedRequired = defineRule({
  id: 'request-body-added-required',
  level: 'error',
  site: 'request-body',
  change: 'added-required',
  summary: 'required request body added',
  docs: 'A required request body was added. Clients that send none are rejected.',
  oasdiff: true,
});
