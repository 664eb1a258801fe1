import type { RuleSpec } from './rule.js';

export const requestPropertyContentEncodingChanged: RuleSpec = {
  id: 'request-property-content-encoding-changed',
  level: 'error',
  site: 'request-property',
  change: 'content-encoding-changed',
  summary: 'content encoding changed',
  docs: '`contentEncoding` of a string changed (or was added or removed). Here it applies to a request property. Clients encoding the value the old way are misread.',
  oasdiff: true,
};
