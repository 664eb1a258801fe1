import { defineRule } from './rule.js';

export const responseRequiredPropertyBecameWriteOnly = defineRule({
  id: 'response-required-property-became-write-only',
  level: 'info',
  site: 'response-property',
  change: 'required-property-became-write-only',
  summary: 'required property became write only',
  docs: 'A required response property became write only: it is no longer part of the response. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
