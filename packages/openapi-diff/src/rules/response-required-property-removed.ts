import { defineRule } from './rule.js';

export const responseRequiredPropertyRemoved = defineRule({
  id: 'response-required-property-removed',
  level: 'error',
  site: 'response-property',
  change: 'required-property-removed',
  summary: 'required property removed',
  docs: 'A required (guaranteed) property was removed from the response. Every client reading it breaks.',
  oasdiff: true,
});
