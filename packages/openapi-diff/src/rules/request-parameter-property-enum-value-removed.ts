import { defineRule } from './rule.js';

export const requestParameterPropertyEnumValueRemoved = defineRule({
  id: 'request-parameter-property-enum-value-removed',
  level: 'error',
  site: 'request-parameter-property',
  change: 'enum-value-removed',
  summary: 'enum value removed',
  docs: 'A value was removed from `enum`. Here it applies to a property of an object request parameter. Clients sending the removed value are rejected.',
  oasdiff: true,
});
