import { defineRule } from './rule.js';

export const requestBodyBecameNullable = defineRule({
  id: 'request-body-became-nullable',
  level: 'info',
  site: 'request-body',
  change: 'became-nullable',
  summary: 'became nullable',
  docs: 'The value may now be `null` (3.0 `nullable`, 3.1 `type: [x, "null"]`, 2.0 `x-nullable`). Here it applies to the request body. Clients may send `null`: not breaking.',
  oasdiff: true,
});
