import { defineRule } from './rule.js';

export const requestOptionalPropertyBecameReadOnly = defineRule({
  id: 'request-optional-property-became-read-only',
  level: 'info',
  site: 'request-property',
  change: 'optional-property-became-read-only',
  summary: 'optional property became read only',
  docs: 'A optional request property became read only: it is no longer part of the request. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
