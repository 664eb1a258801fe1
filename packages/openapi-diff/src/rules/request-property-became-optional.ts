import { defineRule } from './rule.js';

export const requestPropertyBecameOptional = defineRule({
  id: 'request-property-became-optional',
  level: 'info',
  site: 'request-property',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'A required request property became optional. Not breaking.',
  oasdiff: true,
});
