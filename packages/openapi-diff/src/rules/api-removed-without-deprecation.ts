import { defineRule } from './rule.js';

export const apiRemovedWithoutDeprecation = defineRule({
  id: 'api-removed-without-deprecation',
  level: 'error',
  site: 'endpoint',
  change: 'removed-without-deprecation',
  summary: 'operation removed without deprecation',
  docs: 'An operation was removed (the path stays) without being deprecated first. Clients calling it get 405.',
  oasdiff: true,
});
