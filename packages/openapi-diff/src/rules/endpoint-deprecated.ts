import { defineRule } from './rule.js';

export const endpointDeprecated = defineRule({
  id: 'endpoint-deprecated',
  level: 'info',
  site: 'endpoint',
  change: 'deprecated',
  summary: 'endpoint deprecated',
  docs: 'An operation was marked `deprecated`.',
  oasdiff: true,
});
