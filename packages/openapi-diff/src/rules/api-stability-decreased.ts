import { defineRule } from './rule.js';

export const apiStabilityDecreased = defineRule({
  id: 'api-stability-decreased',
  level: 'error',
  site: 'endpoint',
  change: 'stability-decreased',
  summary: 'stability decreased',
  docs: 'The `x-stability-level` went down (`stable` to `beta`): a promise was withdrawn.',
  oasdiff: true,
});
