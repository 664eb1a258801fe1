import { defineRule } from './rule.js';

export const requestRequiredPropertyBecameNotReadOnly = defineRule({
  id: 'request-required-property-became-not-read-only',
  level: 'info',
  site: 'request-property',
  change: 'required-property-became-not-read-only',
  summary: 'required property became not read only',
  docs: 'A required request property became not read only: it is part of the request again. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
