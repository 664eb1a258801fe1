import { defineRule } from './rule.js';

export const responsePropertyReactivated = defineRule({
  id: 'response-property-reactivated',
  level: 'info',
  site: 'response-property',
  change: 'reactivated',
  summary: 'reactivated',
  docs: 'The property is no longer `deprecated`. Here it applies to a response property. Informational.',
  oasdiff: true,
});
