import type { RuleSpec } from './rule.js';

export const responsePropertyDependentSchemaRemoved: RuleSpec = {
  id: 'response-property-dependent-schema-removed',
  level: 'error',
  site: 'response-property',
  change: 'dependent-schema-removed',
  summary: 'dependent schema removed',
  docs: 'A `dependentSchemas` entry was removed. Here it applies to a response property. Clients can no longer rely on what the schema promised.',
  oasdiff: true,
};
