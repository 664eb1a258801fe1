import { defineRule } from './rule.js';

export const webhookRemoved = defineRule({
  id: 'webhook-removed',
  level: 'error',
  site: 'webhook',
  change: 'removed',
  summary: 'webhook removed',
  docs: 'A 3.1 webhook operation was removed: receivers stop getting events they subscribed to.',
  oasdiff: true,
});
