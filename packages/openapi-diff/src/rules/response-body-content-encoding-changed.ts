import type { RuleSpec } from './rule.js';

export const responseBodyContentEncodingChanged: RuleSpec = {
  id: 'response-body-content-encoding-changed',
  level: 'error',
  site: 'response-body',
  change: 'content-encoding-changed',
  summary: 'content encoding changed',
  docs: '`contentEncoding` of a string changed (or was added or removed). Here it applies to the response body. Clients decoding the value the old way misread it.',
  oasdiff: true,
};
