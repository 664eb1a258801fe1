import type { RuleSpec } from './rule.js';

export const requestParameterDefaultValueRemoved: RuleSpec = {
  id: 'request-parameter-default-value-removed',
  level: 'error',
  site: 'request-parameter',
  change: 'default-value-removed',
  summary: 'default value removed',
  docs: '`default` was removed. Here it applies to a request parameter. Clients omitting the value relied on the default; the server behaviour may differ now.',
  oasdiff: true,
};
