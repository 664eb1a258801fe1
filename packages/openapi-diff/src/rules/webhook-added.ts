import { defineRule } from './rule.js';

export const webhookAdded = defineRule({
  id: 'webhook-added',
  level: 'info',
  site: 'webhook',
  change: 'added',
  summary: 'webhook added',
  docs: 'A 3.1 webhook operation was added.',
  oasdiff: true,
});
