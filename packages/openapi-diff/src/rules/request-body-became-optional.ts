import type { RuleSpec } from './rule.js';

export const requestBodyBecameOptional: RuleSpec = {
  id: 'request-body-became-optional',
  level: 'info',
  site: 'request-body',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'The request body became optional. Not breaking.',
  oasdiff: true,
};
