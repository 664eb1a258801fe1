import { defineRule } from './rule.js';

export const responseBodyBecameNotNullable = defineRule({
  id: 'response-body-became-not-nullable',
  level: 'info',
  site: 'response-body',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to the response body. Clients never see `null` again: not breaking.',
  oasdiff: true,
});
