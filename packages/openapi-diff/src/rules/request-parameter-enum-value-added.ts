import { defineRule } from './rule.js';

export const requestParameterEnumValueAdded = defineRule({
  id: 'request-parameter-enum-value-added',
  level: 'info',
  site: 'request-parameter',
  change: 'enum-value-added',
  summary: 'enum value added',
  docs: 'A value was added to `enum`. Here it applies to a request parameter. Clients may send one more value: not breaking.',
  oasdiff: true,
});
