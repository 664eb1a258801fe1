import { defineRule } from './rule.js';

export const responseHeaderTypeSpecialized = defineRule({
  id: 'response-header-type-specialized',
  level: 'info',
  site: 'response-header',
  change: 'type-specialized',
  summary: 'type specialized',
  docs: 'The type (or format) was narrowed: every new value was already valid. Here it applies to a response header. Every value the client sees was already possible: not breaking.',
  oasdiff: true,
});
