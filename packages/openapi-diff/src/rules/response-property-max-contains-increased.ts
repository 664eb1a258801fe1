import type { RuleSpec } from './rule.js';

export const responsePropertyMaxContainsIncreased: RuleSpec = {
  id: 'response-property-max-contains-increased',
  level: 'error',
  site: 'response-property',
  change: 'max-contains-increased',
  summary: 'max contains increased',
  docs: '`maxContains` increased or was removed. Here it applies to a response property. Clients may meet more matching items than they allow for.',
  oasdiff: true,
};
