import { defineRule } from './rule.js';

export const requestPropertyPatternChanged = defineRule({
  id: 'request-property-pattern-changed',
  level: 'warning',
  site: 'request-property',
  change: 'pattern-changed',
  summary: 'pattern changed',
  docs: '`pattern` changed. Whether the new one accepts more or less cannot be decided in general, so this is a warning to review. Here it applies to a request property. Clients sending strings matching only the old pattern are rejected.',
  oasdiff: true,
});
