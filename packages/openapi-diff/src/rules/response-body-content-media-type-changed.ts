import type { RuleSpec } from './rule.js';

export const responseBodyContentMediaTypeChanged: RuleSpec = {
  id: 'response-body-content-media-type-changed',
  level: 'error',
  site: 'response-body',
  change: 'content-media-type-changed',
  summary: 'content media type changed',
  docs: '`contentMediaType` of a string changed (or was added or removed). Here it applies to the response body. Clients parsing the old media type misread the value.',
  oasdiff: true,
};
