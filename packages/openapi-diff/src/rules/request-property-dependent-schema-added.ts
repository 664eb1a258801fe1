import type { RuleSpec } from './rule.js';

export const requestPropertyDependentSchemaAdded: RuleSpec = {
  id: 'request-property-dependent-schema-added',
  level: 'error',
  site: 'request-property',
  change: 'dependent-schema-added',
  summary: 'dependent schema added',
  docs: 'A `dependentSchemas` entry was added: when the named property is present, the object must also match a schema. Here it applies to a request property. Clients sending objects that do not match it are rejected.',
  oasdiff: true,
};
