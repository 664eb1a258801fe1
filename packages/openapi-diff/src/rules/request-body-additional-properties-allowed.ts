import { defineRule } from './rule.js';

export const requestBodyAdditionalPropertiesAllowed = defineRule({
  id: 'request-body-additional-properties-allowed',
  level: 'info',
  site: 'request-body',
  change: 'additional-properties-allowed',
  summary: 'additional properties allowed',
  docs: '`additionalProperties: false` was removed from a request object: clients may now send properties it does not list. Nothing that worked breaks.',
  oasdiff: false,
});
