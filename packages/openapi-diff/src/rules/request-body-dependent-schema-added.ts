import type { RuleSpec } from './rule.js';

export const requestBodyDependentSchemaAdded: RuleSpec = {
  id: 'request-body-dependent-schema-added',
  level: 'error',
  site: 'request-body',
  change: 'dependent-schema-added',
  summary: 'dependent schema added',
  docs: 'A `dependentSchemas` entry was added: when the named property is present, the object must also match a schema. Here it applies to the request body. Clients sending objects that do not match it are rejected.',
  oasdiff: true,
};
