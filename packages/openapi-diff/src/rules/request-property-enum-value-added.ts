import { defineRule } from './rule.js';

export const requestPropertyEnumValueAdded = defineRule({
  id: 'request-property-enum-value-added',
  level: 'info',
  site: 'request-property',
  change: 'enum-value-added',
  summary: 'enum value added',
  docs: 'A value was added to `enum`. Here it applies to a request property. Clients may send one more value: not breaking.',
  oasdiff: true,
});
