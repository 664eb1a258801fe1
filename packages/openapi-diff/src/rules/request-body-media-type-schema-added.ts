import { defineRule } from './rule.js';

export const requestBodyMediaTypeSchemaAdded = defineRule({
  id: 'request-body-media-type-schema-added',
  level: 'error',
  site: 'request-body',
  change: 'media-type-schema-added',
  summary: 'media type schema added',
  docs: 'A request media type that had no schema got one: payloads are now validated.',
  oasdiff: true,
});
