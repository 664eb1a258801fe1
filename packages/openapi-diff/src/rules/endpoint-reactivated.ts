import type { RuleSpec } from './rule.js';

export const endpointReactivated: RuleSpec = {
  id: 'endpoint-reactivated',
  level: 'info',
  site: 'endpoint',
  change: 'reactivated',
  summary: 'endpoint reactivated',
  docs: 'An operation is no longer `deprecated`.',
  oasdiff: true,
};
