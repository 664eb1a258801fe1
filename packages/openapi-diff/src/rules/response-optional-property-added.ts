import { defineRule } from './rule.js';

export const responseOptionalPropertyAdded = defineRule({
  id: 'response-optional-property-added',
  level: 'info',
  site: 'response-property',
  change: 'optional-property-added',
  summary: 'optional property added',
  docs: 'An optional property was added to the response. Not breaking for tolerant readers.',
  oasdiff: true,
});
