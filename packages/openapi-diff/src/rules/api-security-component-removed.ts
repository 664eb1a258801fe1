import { defineRule } from './rule.js';

export const apiSecurityComponentRemoved = defineRule({
  id: 'api-security-component-removed',
  level: 'info',
  site: 'security-component',
  change: 'removed',
  summary: 'security scheme removed',
  docs: 'A security scheme was removed from the components.',
  oasdiff: true,
});
