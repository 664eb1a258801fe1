import { defineRule } from './rule.js';

export const requestPropertyReactivated = defineRule({
  id: 'request-property-reactivated',
  level: 'info',
  site: 'request-property',
  change: 'reactivated',
  summary: 'reactivated',
  docs: 'The property is no longer `deprecated`. Here it applies to a request property. Informational.',
  oasdiff: true,
});
