import { defineRule } from './rule.js';

export const newRequestPathParameter = defineRule({
  id: 'new-request-path-parameter',
  level: 'error',
  site: 'request-parameter',
  change: 'new-path-parameter',
  summary: 'new path parameter',
  docs: 'A path parameter was added to an operation that still matches by template.',
  oasdiff: true,
});
