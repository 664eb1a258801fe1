import { defineRule } from './rule.js';

export const requestParameterBecameRequired = defineRule({
  id: 'request-parameter-became-required',
  level: 'error',
  site: 'request-parameter',
  change: 'became-required',
  summary: 'became required',
  docs: 'An optional request parameter became required. Clients that omit it are rejected.',
  oasdiff: true,
});
