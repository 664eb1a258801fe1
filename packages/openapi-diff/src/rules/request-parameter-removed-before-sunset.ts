import { defineRule } from './rule.js';

export const requestParameterRemovedBeforeSunset = defineRule({
  id: 'request-parameter-removed-before-sunset',
  level: 'error',
  site: 'request-parameter',
  change: 'removed-before-sunset',
  summary: 'removed before its sunset date',
  docs: 'A deprecated request parameter was removed before its `x-sunset` date (checked only when `today` is passed).',
  oasdiff: true,
});
