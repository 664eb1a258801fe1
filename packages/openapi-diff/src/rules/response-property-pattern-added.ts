import { defineRule } from './rule.js';

export const responsePropertyPatternAdded = defineRule({
  id: 'response-property-pattern-added',
  level: 'info',
  site: 'response-property',
  change: 'pattern-added',
  summary: 'pattern added',
  docs: 'A `pattern` was added. Here it applies to a response property. Strings now follow a pattern: not breaking.',
  oasdiff: true,
});
