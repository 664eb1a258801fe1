import type { RuleSpec } from './rule.js';

export const requestBodyAddedOptional: RuleSpec = {
  id: 'request-body-added-optional',
  level: 'info',
  site: 'request-body',
  change: 'added-optional',
  summary: 'optional request body added',
  docs: 'An optional request body was added. Not breaking.',
  oasdiff: true,
};
