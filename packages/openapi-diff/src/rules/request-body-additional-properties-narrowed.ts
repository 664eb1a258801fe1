import type { RuleSpec } from './rule.js';

export const requestBodyAdditionalPropertiesNarrowed: RuleSpec = {
  id: 'request-body-additional-properties-narrowed',
  level: 'warning',
  site: 'request-body',
  change: 'additional-properties-narrowed',
  summary: 'additional properties narrowed to a schema',
  docs: 'Additional properties of a request object, allowed with any value before, must now match a schema. Clients sending values outside it are rejected.',
  oasdiff: false,
};
