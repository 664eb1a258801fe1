import { defineRule } from './rule.js';

export const endpointDeprecatedWithSunset = defineRule({
  id: 'endpoint-deprecated-with-sunset',
  level: 'info',
  site: 'endpoint',
  change: 'deprecated-with-sunset',
  summary: 'endpoint deprecated with a sunset date',
  docs: 'An operation was marked `deprecated` with an `x-sunset` date.',
  oasdiff: true,
});
