import { defineRule } from './rule.js';

export const responseBodyEnumValueAdded = defineRule({
  id: 'response-body-enum-value-added',
  level: 'error',
  site: 'response-body',
  change: 'enum-value-added',
  summary: 'enum value added',
  docs: 'A value was added to the `enum` of the response body. Clients switching over the enum meet a value they do not handle. (oasdiff reports this only for properties.)',
  oasdiff: false,
});
