import { defineRule } from './rule.js';

export const responseOptionalPropertyBecameWriteOnly = defineRule({
  id: 'response-optional-property-became-write-only',
  level: 'info',
  site: 'response-property',
  change: 'optional-property-became-write-only',
  summary: 'optional property became write only',
  docs: 'A optional response property became write only: it is no longer part of the response. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
