import { defineRule } from './rule.js';

export const apiTagRemoved = defineRule({
  id: 'api-tag-removed',
  level: 'info',
  site: 'endpoint',
  change: 'tag-removed',
  summary: 'tag removed',
  docs: 'A tag was removed from an operation. Generated clients grouping by tag move the method.',
  oasdiff: true,
});
