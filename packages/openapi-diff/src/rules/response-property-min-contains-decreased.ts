import type { RuleSpec } from './rule.js';

export const responsePropertyMinContainsDecreased: RuleSpec = {
  id: 'response-property-min-contains-decreased',
  level: 'error',
  site: 'response-property',
  change: 'min-contains-decreased',
  summary: 'min contains decreased',
  docs: '`minContains` decreased (absent is 1). Here it applies to a response property. Clients relying on the old minimum may meet fewer matching items.',
  oasdiff: true,
};
