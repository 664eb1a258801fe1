import { defineRule } from './rule.js';

export const requestBodyBecameRequired = defineRule({
  id: 'request-body-became-required',
  level: 'error',
  site: 'request-body',
  change: 'became-required',
  summary: 'became required',
  docs: 'The request body became required. Clients that send none are rejected.',
  oasdiff: true,
});
