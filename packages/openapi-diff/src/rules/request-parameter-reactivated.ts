import type { RuleSpec } from './rule.js';

export const requestParameterReactivated: RuleSpec = {
  id: 'request-parameter-reactivated',
  level: 'info',
  site: 'request-parameter',
  change: 'reactivated',
  summary: 'reactivated',
  docs: 'A request parameter is no longer `deprecated`.',
  oasdiff: true,
};
