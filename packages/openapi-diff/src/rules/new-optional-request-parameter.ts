import { defineRule } from './rule.js';

export const newOptionalRequestParameter = defineRule({
  id: 'new-optional-request-parameter',
  level: 'info',
  site: 'request-parameter',
  change: 'new-optional-parameter',
  summary: 'new optional parameter',
  docs: 'A new optional request parameter was added. Not breaking.',
  oasdiff: true,
});
