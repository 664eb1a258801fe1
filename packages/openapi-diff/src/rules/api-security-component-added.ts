import type { RuleSpec } from './rule.js';

export const apiSecurityComponentAdded: RuleSpec = {
  id: 'api-security-component-added',
  level: 'info',
  site: 'security-component',
  change: 'added',
  summary: 'security scheme added',
  docs: 'A security scheme was added to the components.',
  oasdiff: true,
};
