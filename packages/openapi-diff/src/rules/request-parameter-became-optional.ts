import { defineRule } from './rule.js';

export const requestParameterBecameOptional = defineRule({
  id: 'request-parameter-became-optional',
  level: 'info',
  site: 'request-parameter',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'A required request parameter became optional. Not breaking.',
  oasdiff: true,
});
