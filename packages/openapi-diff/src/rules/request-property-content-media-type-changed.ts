import type { RuleSpec } from './rule.js';

export const requestPropertyContentMediaTypeChanged: RuleSpec = {
  id: 'request-property-content-media-type-changed',
  level: 'error',
  site: 'request-property',
  change: 'content-media-type-changed',
  summary: 'content media type changed',
  docs: '`contentMediaType` of a string changed (or was added or removed). Here it applies to a request property. Clients sending the old media type are misread.',
  oasdiff: true,
};
