import { defineRule } from './rule.js';

export const responsePropertyBecameNotNullable = defineRule({
  id: 'response-property-became-not-nullable',
  level: 'info',
  site: 'response-property',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to a response property. Clients never see `null` again: not breaking.',
  oasdiff: true,
});
