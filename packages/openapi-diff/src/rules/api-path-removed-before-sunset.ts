import { defineRule } from './rule.js';

export const apiPathRemovedBeforeSunset = defineRule({
  id: 'api-path-removed-before-sunset',
  level: 'error',
  site: 'endpoint',
  change: 'path-removed-before-sunset',
  summary: 'path removed before its sunset date',
  docs: 'A deprecated path was removed before its `x-sunset` date.',
  oasdiff: true,
});
