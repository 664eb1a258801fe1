import { defineRule } from './rule.js';

export const responseMediatypeEnumValueRemoved = defineRule({
  id: 'response-mediatype-enum-value-removed',
  level: 'info',
  site: 'response-body',
  change: 'enum-value-removed',
  summary: 'enum value removed',
  docs: 'A value was removed from the `enum` of the response body. Clients never see it again: not breaking.',
  oasdiff: true,
});
