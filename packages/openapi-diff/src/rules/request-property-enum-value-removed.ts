import { defineRule } from './rule.js';

export const requestPropertyEnumValueRemoved = defineRule({
  id: 'request-property-enum-value-removed',
  level: 'error',
  site: 'request-property',
  change: 'enum-value-removed',
  summary: 'enum value removed',
  docs: 'A value was removed from `enum`. Here it applies to a request property. Clients sending the removed value are rejected.',
  oasdiff: true,
});
