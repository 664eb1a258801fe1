import { defineRule } from './rule.js';

export const apiStabilityIncreased = defineRule({
  id: 'api-stability-increased',
  level: 'info',
  site: 'endpoint',
  change: 'stability-increased',
  summary: 'stability increased',
  docs: 'The `x-stability-level` went up.',
  oasdiff: true,
});
