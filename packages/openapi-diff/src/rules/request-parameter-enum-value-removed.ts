import { defineRule } from './rule.js';

export const requestParameterEnumValueRemoved = defineRule({
  id: 'request-parameter-enum-value-removed',
  level: 'error',
  site: 'request-parameter',
  change: 'enum-value-removed',
  summary: 'enum value removed',
  docs: 'A value was removed from `enum`. Here it applies to a request parameter. Clients sending the removed value are rejected.',
  oasdiff: true,
});
