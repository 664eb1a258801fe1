import type { RuleSpec } from './rule.js';

export const responsePropertyAdditionalPropertiesAllowed: RuleSpec = {
  id: 'response-property-additional-properties-allowed',
  level: 'warning',
  site: 'response-property',
  change: 'additional-properties-allowed',
  summary: 'additional properties allowed',
  docs: '`additionalProperties: false` was removed from a response object: it may now carry properties the schema does not list. Clients decoding it strictly (generated models that reject unknown fields) break.',
  oasdiff: false,
};
