import { defineRule } from './rule.js';

export const requestBodyMediaTypeAdded = defineRule({
  id: 'request-body-media-type-added',
  level: 'info',
  site: 'request-body',
  change: 'media-type-added',
  summary: 'media type added',
  docs: 'The request accepts one more media type. Not breaking.',
  oasdiff: true,
});
