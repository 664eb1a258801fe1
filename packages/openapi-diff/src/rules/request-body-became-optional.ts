import { defineRule } from './rule.js';

export const requestBodyBecameOptional = defineRule({
  id: 'request-body-became-optional',
  level: 'info',
  site: 'request-body',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'The request body became optional. Not breaking.',
  oasdiff: true,
});
