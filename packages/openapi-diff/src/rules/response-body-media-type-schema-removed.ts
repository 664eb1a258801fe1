import type { RuleSpec } from './rule.js';

export const responseBodyMediaTypeSchemaRemoved: RuleSpec = {
  id: 'response-body-media-type-schema-removed',
  level: 'warning',
  site: 'response',
  change: 'media-type-schema-removed',
  summary: 'media type schema removed',
  docs: 'A response media type lost its schema: clients can no longer rely on any shape.',
  oasdiff: true,
};
