import { defineRule } from './rule.js';

export const responseBodyMaxLengthUnset = defineRule({
  id: 'response-body-max-length-unset',
  level: 'error',
  site: 'response-body',
  change: 'max-length-unset',
  summary: 'max length unset',
  docs: '`maxLength` was removed. Here it applies to the response body. Clients may receive strings of any length.',
  oasdiff: true,
});
