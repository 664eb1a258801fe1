import type { RuleSpec } from './rule.js';

export const requestParameterBecameOptional: RuleSpec = {
  id: 'request-parameter-became-optional',
  level: 'info',
  site: 'request-parameter',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'A required request parameter became optional. Not breaking.',
  oasdiff: true,
};
