import { defineRule } from './rule.js';

export const responsePropertyDeprecated = defineRule({
  id: 'response-property-deprecated',
  level: 'info',
  site: 'response-property',
  change: 'deprecated',
  summary: 'deprecated',
  docs: 'The property was marked `deprecated`. Here it applies to a response property. Clients should stop reading it.',
  oasdiff: true,
});
