import { defineRule } from './rule.js';

export const responseMediaTypeRemoved = defineRule({
  id: 'response-media-type-removed',
  level: 'error',
  site: 'response',
  change: 'media-type-removed',
  summary: 'media type removed',
  docs: 'A response media type was removed. Clients that ask for it get 406.',
  oasdiff: true,
});
