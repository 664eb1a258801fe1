import type { RuleSpec } from './rule.js';

export const responseBodyDependentSchemaAdded: RuleSpec = {
  id: 'response-body-dependent-schema-added',
  level: 'info',
  site: 'response-body',
  change: 'dependent-schema-added',
  summary: 'dependent schema added',
  docs: 'A `dependentSchemas` entry was added: when the named property is present, the object must also match a schema. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
