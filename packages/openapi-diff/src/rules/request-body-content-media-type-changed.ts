import type { RuleSpec } from './rule.js';

export const requestBodyContentMediaTypeChanged: RuleSpec = {
  id: 'request-body-content-media-type-changed',
  level: 'error',
  site: 'request-body',
  change: 'content-media-type-changed',
  summary: 'content media type changed',
  docs: '`contentMediaType` of a string changed (or was added or removed). Here it applies to the request body. Clients sending the old media type are misread.',
  oasdiff: true,
};
