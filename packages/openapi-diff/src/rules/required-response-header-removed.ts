import { defineRule } from './rule.js';

export const requiredResponseHeaderRemoved = defineRule({
  id: 'required-response-header-removed',
  level: 'error',
  site: 'response-header',
  change: 'required-removed',
  summary: 'required header removed',
  docs: 'A required response header was removed. Clients reading it break.',
  oasdiff: true,
});
