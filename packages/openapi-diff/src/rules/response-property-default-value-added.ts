import { defineRule } from './rule.js';

export const responsePropertyDefaultValueAdded = defineRule({
  id: 'response-property-default-value-added',
  level: 'info',
  site: 'response-property',
  change: 'default-value-added',
  summary: 'default value added',
  docs: 'A `default` was added. Here it applies to a response property. Informational for responses.',
  oasdiff: true,
});
