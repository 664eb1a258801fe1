import type { RuleSpec } from './rule.js';

export const requestBodyAdditionalPropertiesAllowed: RuleSpec = {
  id: 'request-body-additional-properties-allowed',
  level: 'info',
  site: 'request-body',
  change: 'additional-properties-allowed',
  summary: 'additional properties allowed',
  docs: '`additionalProperties: false` was removed from a request object: clients may now send properties it does not list. Nothing that worked breaks.',
  oasdiff: false,
};
