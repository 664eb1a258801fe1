import { defineRule } from './rule.js';

export const responsePropertyDefaultValueRemoved = defineRule({
  id: 'response-property-default-value-removed',
  level: 'info',
  site: 'response-property',
  change: 'default-value-removed',
  summary: 'default value removed',
  docs: '`default` was removed. Here it applies to a response property. Informational for responses.',
  oasdiff: true,
});
