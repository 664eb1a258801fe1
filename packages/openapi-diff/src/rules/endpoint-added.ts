import { defineRule } from './rule.js';

export const endpointAdded = defineRule({
  id: 'endpoint-added',
  level: 'info',
  site: 'endpoint',
  change: 'added',
  summary: 'endpoint added',
  docs: 'An operation was added.',
  oasdiff: true,
});
