import { defineRule } from './rule.js';

export const responsePropertyBecameOptional = defineRule({
  id: 'response-property-became-optional',
  level: 'error',
  site: 'response-property',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'A required response property became optional: it may now be absent. Clients reading it unconditionally break.',
  oasdiff: true,
});
