import { defineRule } from './rule.js';

export const requestOptionalPropertyBecameNotReadOnly = defineRule({
  id: 'request-optional-property-became-not-read-only',
  level: 'info',
  site: 'request-property',
  change: 'optional-property-became-not-read-only',
  summary: 'optional property became not read only',
  docs: 'A optional request property became not read only: it is part of the request again. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
