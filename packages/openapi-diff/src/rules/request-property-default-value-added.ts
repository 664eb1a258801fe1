import { defineRule } from './rule.js';

export const requestPropertyDefaultValueAdded = defineRule({
  id: 'request-property-default-value-added',
  level: 'info',
  site: 'request-property',
  change: 'default-value-added',
  summary: 'default value added',
  docs: 'A `default` was added. Here it applies to a request property. Clients omitting the value now get the default: review the behaviour.',
  oasdiff: true,
});
