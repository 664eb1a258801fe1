import { defineRule } from './rule.js';

export const apiRemovedBeforeSunset = defineRule({
  id: 'api-removed-before-sunset',
  level: 'error',
  site: 'endpoint',
  change: 'removed-before-sunset',
  summary: 'operation removed before its sunset date',
  docs: 'A deprecated operation was removed before its `x-sunset` date (checked only when `today` is passed).',
  oasdiff: true,
});
