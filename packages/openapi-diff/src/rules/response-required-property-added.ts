import { defineRule } from './rule.js';

export const responseRequiredPropertyAdded = defineRule({
  id: 'response-required-property-added',
  level: 'info',
  site: 'response-property',
  change: 'required-property-added',
  summary: 'required property added',
  docs: 'A required property was added to the response. Not breaking for tolerant readers.',
  oasdiff: true,
});
