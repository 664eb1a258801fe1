import { defineRule } from './rule.js';

export const responseBodyBecameNullable = defineRule({
  id: 'response-body-became-nullable',
  level: 'error',
  site: 'response-body',
  change: 'became-nullable',
  summary: 'became nullable',
  docs: 'The value may now be `null` (3.0 `nullable`, 3.1 `type: [x, "null"]`, 2.0 `x-nullable`). Here it applies to the response body. Clients dereferencing the value meet `null`.',
  oasdiff: true,
});
