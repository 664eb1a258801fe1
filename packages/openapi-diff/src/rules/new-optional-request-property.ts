import { defineRule } from './rule.js';

export const newOptionalRequestProperty = defineRule({
  id: 'new-optional-request-property',
  level: 'info',
  site: 'request-property',
  change: 'new-optional-property',
  summary: 'new optional property',
  docs: 'A new optional property was added to the request. Not breaking.',
  oasdiff: true,
});
