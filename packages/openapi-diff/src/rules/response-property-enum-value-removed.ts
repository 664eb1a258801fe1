import { defineRule } from './rule.js';

export const responsePropertyEnumValueRemoved = defineRule({
  id: 'response-property-enum-value-removed',
  level: 'info',
  site: 'response-property',
  change: 'enum-value-removed',
  summary: 'enum value removed',
  docs: 'A value was removed from `enum`. Here it applies to a response property. Clients never see the value again; code handling it goes dead but nothing breaks.',
  oasdiff: true,
});
