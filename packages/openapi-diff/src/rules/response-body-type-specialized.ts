import { defineRule } from './rule.js';

export const responseBodyTypeSpecialized = defineRule({
  id: 'response-body-type-specialized',
  level: 'info',
  site: 'response-body',
  change: 'type-specialized',
  summary: 'type specialized',
  docs: 'The type (or format) was narrowed: every new value was already valid. Here it applies to the response body. Every value the client sees was already possible: not breaking.',
  oasdiff: true,
});
