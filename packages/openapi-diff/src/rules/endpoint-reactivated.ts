import { defineRule } from './rule.js';

export const endpointReactivated = defineRule({
  id: 'endpoint-reactivated',
  level: 'info',
  site: 'endpoint',
  change: 'reactivated',
  summary: 'endpoint reactivated',
  docs: 'An operation is no longer `deprecated`.',
  oasdiff: true,
});
