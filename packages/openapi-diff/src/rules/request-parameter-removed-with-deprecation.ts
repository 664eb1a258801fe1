import { defineRule } from './rule.js';

export const requestParameterRemovedWithDeprecation = defineRule({
  id: 'request-parameter-removed-with-deprecation',
  level: 'info',
  site: 'request-parameter',
  change: 'removed-with-deprecation',
  summary: 'removed after deprecation',
  docs: 'A deprecated request parameter was removed (its sunset, if any, has passed or no date was given to check).',
  oasdiff: true,
});
