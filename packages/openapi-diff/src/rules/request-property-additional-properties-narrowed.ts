import type { RuleSpec } from './rule.js';

export const requestPropertyAdditionalPropertiesNarrowed: RuleSpec = {
  id: 'request-property-additional-properties-narrowed',
  level: 'warning',
  site: 'request-property',
  change: 'additional-properties-narrowed',
  summary: 'additional properties narrowed to a schema',
  docs: 'Additional properties of a request object, allowed with any value before, must now match a schema. Clients sending values outside it are rejected.',
  oasdiff: false,
};
