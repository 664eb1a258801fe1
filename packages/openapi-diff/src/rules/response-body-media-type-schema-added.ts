import { defineRule } from './rule.js';

export const responseBodyMediaTypeSchemaAdded = defineRule({
  id: 'response-body-media-type-schema-added',
  level: 'info',
  site: 'response',
  change: 'media-type-schema-added',
  summary: 'media type schema added',
  docs: 'A response media type that had no schema got one.',
  oasdiff: true,
});
