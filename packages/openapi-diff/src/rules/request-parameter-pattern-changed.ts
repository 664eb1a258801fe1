import { defineRule } from './rule.js';

export const requestParameterPatternChanged = defineRule({
  id: 'request-parameter-pattern-changed',
  level: 'warning',
  site: 'request-parameter',
  change: 'pattern-changed',
  summary: 'pattern changed',
  docs: '`pattern` changed. Whether the new one accepts more or less cannot be decided in general, so this is a warning to review. Here it applies to a request parameter. Clients sending strings matching only the old pattern are rejected.',
  oasdiff: true,
});
