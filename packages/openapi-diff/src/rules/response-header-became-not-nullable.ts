import { defineRule } from './rule.js';

export const responseHeaderBecameNotNullable = defineRule({
  id: 'response-header-became-not-nullable',
  level: 'info',
  site: 'response-header',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to a response header. Clients never see `null` again: not breaking.',
  oasdiff: true,
});
