import type { RuleSpec } from './rule.js';

export const requestParameterExclusiveMinSet: RuleSpec = {
  id: 'request-parameter-exclusive-min-set',
  level: 'warning',
  site: 'request-parameter',
  change: 'exclusive-min-set',
  summary: 'exclusive min set',
  docs: 'An `exclusiveMinimum` was added. Here it applies to a request parameter. Clients sending values at or below it are rejected.',
  oasdiff: true,
};
