import { defineRule } from './rule.js';

export const requestBodyMediaTypeRemoved = defineRule({
  id: 'request-body-media-type-removed',
  level: 'error',
  site: 'request-body',
  change: 'media-type-removed',
  summary: 'media type removed',
  docs: 'The request no longer accepts a media type. Clients sending it get 415.',
  oasdiff: true,
});
