import { defineRule } from './rule.js';

export const responsePropertyTypeSpecialized = defineRule({
  id: 'response-property-type-specialized',
  level: 'info',
  site: 'response-property',
  change: 'type-specialized',
  summary: 'type specialized',
  docs: 'The type (or format) was narrowed: every new value was already valid. Here it applies to a response property. Every value the client sees was already possible: not breaking.',
  oasdiff: true,
});
