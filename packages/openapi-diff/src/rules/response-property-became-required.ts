import { defineRule } from './rule.js';

export const responsePropertyBecameRequired = defineRule({
  id: 'response-property-became-required',
  level: 'info',
  site: 'response-property',
  change: 'became-required',
  summary: 'became required',
  docs: 'An optional response property became required: it is now always present. Not breaking.',
  oasdiff: true,
});
