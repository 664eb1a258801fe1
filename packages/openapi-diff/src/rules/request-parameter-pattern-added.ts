import { defineRule } from './rule.js';

export const requestParameterPatternAdded = defineRule({
  id: 'request-parameter-pattern-added',
  level: 'error',
  site: 'request-parameter',
  change: 'pattern-added',
  summary: 'pattern added',
  docs: 'A `pattern` was added. Here it applies to a request parameter. Clients sending strings that do not match are rejected.',
  oasdiff: true,
});
