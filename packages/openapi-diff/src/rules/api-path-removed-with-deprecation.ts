import { defineRule } from './rule.js';

export const apiPathRemovedWithDeprecation = defineRule({
  id: 'api-path-removed-with-deprecation',
  level: 'info',
  site: 'endpoint',
  change: 'path-removed-with-deprecation',
  summary: 'path removed after deprecation',
  docs: 'A deprecated path was removed (after its sunset, or without a date to check).',
  oasdiff: true,
});
