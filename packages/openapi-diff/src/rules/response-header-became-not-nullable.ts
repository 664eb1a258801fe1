import type { RuleSpec } from './rule.js';

export const responseHeaderBecameNotNullable: RuleSpec = {
  id: 'response-header-became-not-nullable',
  level: 'info',
  site: 'response-header',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to a response header. Clients never see `null` again: not breaking.',
  oasdiff: true,
};
