import type { RuleSpec } from './rule.js';

export const requestPropertyDependentSchemaRemoved: RuleSpec = {
  id: 'request-property-dependent-schema-removed',
  level: 'info',
  site: 'request-property',
  change: 'dependent-schema-removed',
  summary: 'dependent schema removed',
  docs: 'A `dependentSchemas` entry was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
