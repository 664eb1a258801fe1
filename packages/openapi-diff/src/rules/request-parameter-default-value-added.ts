import type { RuleSpec } from './rule.js';

export const requestParameterDefaultValueAdded: RuleSpec = {
  id: 'request-parameter-default-value-added',
  level: 'error',
  site: 'request-parameter',
  change: 'default-value-added',
  summary: 'default value added',
  docs: 'A `default` was added. Here it applies to a request parameter. Clients omitting the value now get the default: review the behaviour.',
  oasdiff: true,
};
