import type { RuleSpec } from './rule.js';

export const requestParameterMaxSet: RuleSpec = {
  id: 'request-parameter-max-set',
  level: 'warning',
  site: 'request-parameter',
  change: 'max-set',
  summary: 'max set',
  docs: 'A `maximum` was added. Here it applies to a request parameter. Clients sending larger values are rejected.',
  oasdiff: true,
};
