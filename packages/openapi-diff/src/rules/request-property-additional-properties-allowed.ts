import type { RuleSpec } from './rule.js';

export const requestPropertyAdditionalPropertiesAllowed: RuleSpec = {
  id: 'request-property-additional-properties-allowed',
  level: 'info',
  site: 'request-property',
  change: 'additional-properties-allowed',
  summary: 'additional properties allowed',
  docs: '`additionalProperties: false` was removed from a request object: clients may now send properties it does not list. Nothing that worked breaks.',
  oasdiff: false,
};
