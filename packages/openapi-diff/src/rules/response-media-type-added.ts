import { defineRule } from './rule.js';

export const responseMediaTypeAdded = defineRule({
  id: 'response-media-type-added',
  level: 'info',
  site: 'response',
  change: 'media-type-added',
  summary: 'media type added',
  docs: 'A response media type was added. Not breaking.',
  oasdiff: true,
});
