import { defineRule } from './rule.js';

export const apiSecurityComponentAdded = defineRule({
  id: 'api-security-component-added',
  level: 'info',
  site: 'security-component',
  change: 'added',
  summary: 'security scheme added',
  docs: 'A security scheme was added to the components.',
  oasdiff: true,
});
