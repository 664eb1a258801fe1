import { defineRule } from './rule.js';

export const responsePropertyMaxLengthUnset = defineRule({
  id: 'response-property-max-length-unset',
  level: 'error',
  site: 'response-property',
  change: 'max-length-unset',
  summary: 'max length unset',
  docs: '`maxLength` was removed. Here it applies to a response property. Clients may receive strings of any length.',
  oasdiff: true,
});
