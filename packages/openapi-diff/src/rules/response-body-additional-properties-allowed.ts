import type { RuleSpec } from './rule.js';

export const responseBodyAdditionalPropertiesAllowed: RuleSpec = {
  id: 'response-body-additional-properties-allowed',
  level: 'warning',
  site: 'response-body',
  change: 'additional-properties-allowed',
  summary: 'additional properties allowed',
  docs: '`additionalProperties: false` was removed from a response object: it may now carry properties the schema does not list. Clients decoding it strictly (generated models that reject unknown fields) break.',
  oasdiff: false,
};
