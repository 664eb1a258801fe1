import { defineRule } from './rule.js';

export const requestPropertyDeprecated = defineRule({
  id: 'request-property-deprecated',
  level: 'info',
  site: 'request-property',
  change: 'deprecated',
  summary: 'deprecated',
  docs: 'The property was marked `deprecated`. Here it applies to a request property. Clients should stop sending it.',
  oasdiff: true,
});
