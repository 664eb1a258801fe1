import type { RuleSpec } from './rule.js';

export const responsePropertyContentEncodingChanged: RuleSpec = {
  id: 'response-property-content-encoding-changed',
  level: 'error',
  site: 'response-property',
  change: 'content-encoding-changed',
  summary: 'content encoding changed',
  docs: '`contentEncoding` of a string changed (or was added or removed). Here it applies to a response property. Clients decoding the value the old way misread it.',
  oasdiff: true,
};
