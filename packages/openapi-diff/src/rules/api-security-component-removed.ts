import type { RuleSpec } from './rule.js';

export const apiSecurityComponentRemoved: RuleSpec = {
  id: 'api-security-component-removed',
  level: 'info',
  site: 'security-component',
  change: 'removed',
  summary: 'security scheme removed',
  docs: 'A security scheme was removed from the components.',
  oasdiff: true,
};
