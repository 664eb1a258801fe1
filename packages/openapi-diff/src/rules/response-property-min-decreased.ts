import { defineRule } from './rule.js';

export const responsePropertyMinDecreased = defineRule({
  id: 'response-property-min-decreased',
  level: 'error',
  site: 'response-property',
  change: 'min-decreased',
  summary: 'min decreased',
  docs: '`minimum` decreased. Here it applies to a response property. Clients may receive values below the old minimum.',
  oasdiff: true,
});
