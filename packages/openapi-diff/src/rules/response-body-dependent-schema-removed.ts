import type { RuleSpec } from './rule.js';

export const responseBodyDependentSchemaRemoved: RuleSpec = {
  id: 'response-body-dependent-schema-removed',
  level: 'error',
  site: 'response-body',
  change: 'dependent-schema-removed',
  summary: 'dependent schema removed',
  docs: 'A `dependentSchemas` entry was removed. Here it applies to the response body. Clients can no longer rely on what the schema promised.',
  oasdiff: true,
};
