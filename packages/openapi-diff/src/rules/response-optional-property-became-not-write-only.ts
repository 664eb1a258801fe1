import { defineRule } from './rule.js';

export const responseOptionalPropertyBecameNotWriteOnly = defineRule({
  id: 'response-optional-property-became-not-write-only',
  level: 'info',
  site: 'response-property',
  change: 'optional-property-became-not-write-only',
  summary: 'optional property became not write only',
  docs: 'A optional response property became not write only: it is part of the response again. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
});
