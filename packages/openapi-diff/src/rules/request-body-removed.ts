import { defineRule } from './rule.js';

export const requestBodyRemoved = defineRule({
  id: 'request-body-removed',
  level: 'error',
  site: 'request-body',
  change: 'removed',
  summary: 'request body removed',
  docs: 'The request body was removed. Clients still sending one are ignored at best.',
  oasdiff: true,
});
