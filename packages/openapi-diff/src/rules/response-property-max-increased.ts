import { defineRule } from './rule.js';

export const responsePropertyMaxIncreased = defineRule({
  id: 'response-property-max-increased',
  level: 'error',
  site: 'response-property',
  change: 'max-increased',
  summary: 'max increased',
  docs: '`maximum` increased. Here it applies to a response property. Clients may receive values above the old maximum.',
  oasdiff: true,
});
