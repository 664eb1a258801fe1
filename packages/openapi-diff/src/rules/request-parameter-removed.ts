import { defineRule } from './rule.js';

export const requestParameterRemoved = defineRule({
  id: 'request-parameter-removed',
  level: 'warning',
  site: 'request-parameter',
  change: 'removed-without-deprecation',
  summary: 'removed',
  docs: 'A request parameter was removed without being deprecated first. Clients still sending it are ignored at best, rejected at worst, and lose the behaviour it selected.',
  oasdiff: true,
});
