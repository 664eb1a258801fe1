import type { RuleSpec } from './rule.js';

export const responseMediaTypeRemoved: RuleSpec = {
  id: 'response-media-type-removed',
  level: 'error',
  site: 'response',
  change: 'media-type-removed',
  summary: 'media type removed',
  docs: 'A response media type was removed. Clients that ask for it get 406.',
  oasdiff: true,
};
