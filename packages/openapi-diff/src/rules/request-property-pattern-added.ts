import { defineRule } from './rule.js';

export const requestPropertyPatternAdded = defineRule({
  id: 'request-property-pattern-added',
  level: 'error',
  site: 'request-property',
  change: 'pattern-added',
  summary: 'pattern added',
  docs: 'A `pattern` was added. Here it applies to a request property. Clients sending strings that do not match are rejected.',
  oasdiff: true,
});
