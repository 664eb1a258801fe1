import type { RuleSpec } from './rule.js';

export const responsePropertyAdditionalPropertiesNarrowed: RuleSpec = {
  id: 'response-property-additional-properties-narrowed',
  level: 'info',
  site: 'response-property',
  change: 'additional-properties-narrowed',
  summary: 'additional properties narrowed to a schema',
  docs: 'Additional properties of a response object, any value before, now match a schema. Clients get fewer kinds of values than they handled.',
  oasdiff: false,
};
