import { defineRule } from './rule.js';

export const requestBodyMediaTypeSchemaRemoved = defineRule({
  id: 'request-body-media-type-schema-removed',
  level: 'info',
  site: 'request-body',
  change: 'media-type-schema-removed',
  summary: 'media type schema removed',
  docs: 'A request media type lost its schema: any payload is accepted.',
  oasdiff: true,
});
