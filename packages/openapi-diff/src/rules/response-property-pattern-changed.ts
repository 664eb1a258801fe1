import { defineRule } from './rule.js';

export const responsePropertyPatternChanged = defineRule({
  id: 'response-property-pattern-changed',
  level: 'warning',
  site: 'response-property',
  change: 'pattern-changed',
  summary: 'pattern changed',
  docs: '`pattern` changed. Whether the new one accepts more or less cannot be decided in general, so this is a warning to review. Here it applies to a response property. Clients parsing the old format may break.',
  oasdiff: true,
});
