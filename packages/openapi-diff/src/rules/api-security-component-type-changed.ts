import { defineRule } from './rule.js';

export const apiSecurityComponentTypeChanged = defineRule({
  id: 'api-security-component-type-changed',
  level: 'info',
  site: 'security-component',
  change: 'type-changed',
  summary: 'security scheme type changed',
  docs: 'A security scheme changed type (`apiKey` to `oauth2`).',
  oasdiff: true,
});
