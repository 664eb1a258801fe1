import type { RuleSpec } from './rule.js';

export const requestBodyDependentSchemaRemoved: RuleSpec = {
  id: 'request-body-dependent-schema-removed',
  level: 'info',
  site: 'request-body',
  change: 'dependent-schema-removed',
  summary: 'dependent schema removed',
  docs: 'A `dependentSchemas` entry was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
