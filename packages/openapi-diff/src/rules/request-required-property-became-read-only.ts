import { defineRule } from './rule.js';

export const requestRequiredPropertyBecameReadOnly = defineRule({
  id: 'request-required-property-became-read-only',
  level: 'info',
  site: 'request-property',
  change: 'required-property-became-read-only',
  summary: 'required property became read only',
  docs: 'A required request property became read only: it is no longer part of the request. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
