import { defineRule } from './rule.js';

export const requestPropertyBecameRequired = defineRule({
  id: 'request-property-became-required',
  level: 'error',
  site: 'request-property',
  change: 'became-required',
  summary: 'became required',
  docs: 'An optional request property became required. Clients that omit it are rejected.',
  oasdiff: true,
});
