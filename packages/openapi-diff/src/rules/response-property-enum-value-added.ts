import type { RuleSpec } from './rule.js';

export const responsePropertyEnumValueAdded: RuleSpec = {
  id: 'response-property-enum-value-added',
  level: 'warning',
  site: 'response-property',
  change: 'enum-value-added',
  summary: 'enum value added',
  docs: 'A value was added to `enum`. Here it applies to a response property. Clients switching over the enum meet a value they do not handle.',
  oasdiff: true,
};
