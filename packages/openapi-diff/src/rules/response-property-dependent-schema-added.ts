import type { RuleSpec } from './rule.js';

export const responsePropertyDependentSchemaAdded: RuleSpec = {
  id: 'response-property-dependent-schema-added',
  level: 'info',
  site: 'response-property',
  change: 'dependent-schema-added',
  summary: 'dependent schema added',
  docs: 'A `dependentSchemas` entry was added: when the named property is present, the object must also match a schema. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
