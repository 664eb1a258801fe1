import { defineRule } from './rule.js';

export const requestParameterReactivated = defineRule({
  id: 'request-parameter-reactivated',
  level: 'info',
  site: 'request-parameter',
  change: 'reactivated',
  summary: 'reactivated',
  docs: 'A request parameter is no longer `deprecated`.',
  oasdiff: true,
});
