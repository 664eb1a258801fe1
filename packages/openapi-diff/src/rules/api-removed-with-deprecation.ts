import { defineRule } from './rule.js';

export const apiRemovedWithDeprecation = defineRule({
  id: 'api-removed-with-deprecation',
  level: 'info',
  site: 'endpoint',
  change: 'removed-with-deprecation',
  summary: 'operation removed after deprecation',
  docs: 'A deprecated operation was removed (after its sunset, or without a date to check).',
  oasdiff: true,
});
