import { defineRule } from './rule.js';

export const requestParameterPropertyTypeSpecialized = defineRule({
  id: 'request-parameter-property-type-specialized',
  level: 'error',
  site: 'request-parameter-property',
  change: 'type-specialized',
  summary: 'type specialized',
  docs: 'The type (or format) was narrowed: every new value was already valid. Here it applies to a property of an object request parameter. Clients sending values of the wider old type are now rejected.',
  oasdiff: true,
});
