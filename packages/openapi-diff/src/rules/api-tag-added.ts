import { defineRule } from './rule.js';

export const apiTagAdded = defineRule({
  id: 'api-tag-added',
  level: 'info',
  site: 'endpoint',
  change: 'tag-added',
  summary: 'tag added',
  docs: 'A tag was added to an operation.',
  oasdiff: true,
});
