import { defineRule } from './rule.js';

export const responseBodyMediaTypeSchemaRemoved = defineRule({
  id: 'response-body-media-type-schema-removed',
  level: 'error',
  site: 'response',
  change: 'media-type-schema-removed',
  summary: 'media type schema removed',
  docs: 'A response media type lost its schema: clients can no longer rely on any shape.',
  oasdiff: true,
});
