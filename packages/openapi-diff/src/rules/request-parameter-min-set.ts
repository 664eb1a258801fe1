import type { RuleSpec } from './rule.js';

export const requestParameterMinSet: RuleSpec = {
  id: 'request-parameter-min-set',
  level: 'warning',
  site: 'request-parameter',
  change: 'min-set',
  summary: 'min set',
  docs: 'A `minimum` was added. Here it applies to a request parameter. Clients sending smaller values are rejected.',
  oasdiff: true,
};
