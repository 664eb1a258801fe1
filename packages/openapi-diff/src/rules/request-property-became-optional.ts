import type { RuleSpec } from './rule.js';

export const requestPropertyBecameOptional: RuleSpec = {
  id: 'request-property-became-optional',
  level: 'info',
  site: 'request-property',
  change: 'became-optional',
  summary: 'became optional',
  docs: 'A required request property became optional. Not breaking.',
  oasdiff: true,
};
