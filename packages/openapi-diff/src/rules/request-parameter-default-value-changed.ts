import type { RuleSpec } from './rule.js';

export const requestParameterDefaultValueChanged: RuleSpec = {
  id: 'request-parameter-default-value-changed',
  level: 'error',
  site: 'request-parameter',
  change: 'default-value-changed',
  summary: 'default value changed',
  docs: '`default` changed. Here it applies to a request parameter. Clients omitting the value silently get a different one.',
  oasdiff: true,
};
