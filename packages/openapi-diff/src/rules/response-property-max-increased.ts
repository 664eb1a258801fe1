import type { RuleSpec } from './rule.js';

export const responsePropertyMaxIncreased: RuleSpec = {
  id: 'response-property-max-increased',
  level: 'error',
  site: 'response-property',
  change: 'max-increased',
  summary: 'max increased',
  docs: '`maximum` increased. Here it applies to a response property. Clients may receive values above the old maximum.',
  oasdiff: true,
};
