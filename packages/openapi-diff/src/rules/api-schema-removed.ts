import { defineRule } from './rule.js';

export const apiSchemaRemoved = defineRule({
  id: 'api-schema-removed',
  level: 'info',
  site: 'components',
  change: 'schema-removed',
  summary: 'component schema removed',
  docs: 'A schema was removed from `components.schemas` (2.0 `definitions`). Code generated from it loses a type.',
  oasdiff: true,
});
