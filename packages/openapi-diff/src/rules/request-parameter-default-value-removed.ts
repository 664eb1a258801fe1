import { defineRule } from './rule.js';

export const requestParameterDefaultValueRemoved = defineRule({
  id: 'request-parameter-default-value-removed',
  level: 'info',
  site: 'request-parameter',
  change: 'default-value-removed',
  summary: 'default value removed',
  docs: '`default` was removed. Here it applies to a request parameter. Clients omitting the value relied on the default; the server behaviour may differ now.',
  oasdiff: true,
});
