import type { RuleSpec } from './rule.js';

export const apiStabilityIncreased: RuleSpec = {
  id: 'api-stability-increased',
  level: 'info',
  site: 'endpoint',
  change: 'stability-increased',
  summary: 'stability increased',
  docs: 'The `x-stability-level` went up.',
  oasdiff: true,
};
