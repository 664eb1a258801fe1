import type { RuleSpec } from './rule.js';

export const responseRequiredPropertyRemoved: RuleSpec = {
  id: 'response-required-property-removed',
  level: 'error',
  site: 'response-property',
  change: 'required-property-removed',
  summary: 'required property removed',
  docs: 'A required (guaranteed) property was removed from the response. Every client reading it breaks.',
  oasdiff: true,
};
