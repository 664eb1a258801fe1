import { defineRule } from './rule.js';

export const requestBodyEnumValueRemoved = defineRule({
  id: 'request-body-enum-value-removed',
  level: 'error',
  site: 'request-body',
  change: 'enum-value-removed',
  summary: 'enum value removed',
  docs: 'A value was removed from `enum`. Here it applies to the request body. Clients sending the removed value are rejected.',
  oasdiff: true,
});
