import { defineRule } from './rule.js';

export const responsePropertyDefaultValueChanged = defineRule({
  id: 'response-property-default-value-changed',
  level: 'info',
  site: 'response-property',
  change: 'default-value-changed',
  summary: 'default value changed',
  docs: '`default` changed. Here it applies to a response property. Informational for responses.',
  oasdiff: true,
});
