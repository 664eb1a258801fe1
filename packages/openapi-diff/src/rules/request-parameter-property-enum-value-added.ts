import { defineRule } from './rule.js';

export const requestParameterPropertyEnumValueAdded = defineRule({
  id: 'request-parameter-property-enum-value-added',
  level: 'info',
  site: 'request-parameter-property',
  change: 'enum-value-added',
  summary: 'enum value added',
  docs: 'A value was added to `enum`. Here it applies to a property of an object request parameter. Clients may send one more value: not breaking.',
  oasdiff: true,
});
