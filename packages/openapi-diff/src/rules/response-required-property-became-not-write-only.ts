import type { RuleSpec } from './rule.js';

export const responseRequiredPropertyBecameNotWriteOnly: RuleSpec = {
  id: 'response-required-property-became-not-write-only',
  level: 'warning',
  site: 'response-property',
  change: 'required-property-became-not-write-only',
  summary: 'required property became not write only',
  docs: 'A required response property became not write only: it is part of the response again. `readOnly` properties are not sent in requests and `writeOnly` ones not returned in responses.',
  oasdiff: true,
};
