import { defineRule } from './rule.js';

export const responseHeaderBecameOptional = defineRule({
  id: 'response-header-became-optional',
  level: 'error',
  site: 'response-header',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'A required response header became optional. Clients reading it unconditionally break.',
  oasdiff: true,
});
