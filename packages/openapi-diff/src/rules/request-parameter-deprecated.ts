import { defineRule } from './rule.js';

export const requestParameterDeprecated = defineRule({
  id: 'request-parameter-deprecated',
  level: 'info',
  site: 'request-parameter',
  change: 'deprecated',
  summary: 'deprecated',
  docs: 'A request parameter was marked `deprecated`.',
  oasdiff: true,
});
