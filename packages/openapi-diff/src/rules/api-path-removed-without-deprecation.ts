import { defineRule } from './rule.js';

export const apiPathRemovedWithoutDeprecation = defineRule({
  id: 'api-path-removed-without-deprecation',
  level: 'error',
  site: 'endpoint',
  change: 'path-removed-without-deprecation',
  summary: 'path removed without deprecation',
  docs: 'A path (every operation under it) was removed without being deprecated first. Every client calling it gets 404.',
  oasdiff: true,
});
