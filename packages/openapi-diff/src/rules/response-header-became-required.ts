import { defineRule } from './rule.js';

export const responseHeaderBecameRequired = defineRule({
  id: 'response-header-became-required',
  level: 'info',
  site: 'response-header',
  change: 'became-required',
  summary: 'became required',
  docs: 'A response header became `required`: it is now always sent. Not breaking.',
  oasdiff: false,
});
