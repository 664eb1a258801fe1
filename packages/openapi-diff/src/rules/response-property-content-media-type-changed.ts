import type { RuleSpec } from './rule.js';

export const responsePropertyContentMediaTypeChanged: RuleSpec = {
  id: 'response-property-content-media-type-changed',
  level: 'error',
  site: 'response-property',
  change: 'content-media-type-changed',
  summary: 'content media type changed',
  docs: '`contentMediaType` of a string changed (or was added or removed). Here it applies to a response property. Clients parsing the old media type misread the value.',
  oasdiff: true,
};
