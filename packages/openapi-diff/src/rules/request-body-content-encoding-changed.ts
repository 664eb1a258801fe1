import type { RuleSpec } from './rule.js';

export const requestBodyContentEncodingChanged: RuleSpec = {
  id: 'request-body-content-encoding-changed',
  level: 'error',
  site: 'request-body',
  change: 'content-encoding-changed',
  summary: 'content encoding changed',
  docs: '`contentEncoding` of a string changed (or was added or removed). Here it applies to the request body. Clients encoding the value the old way are misread.',
  oasdiff: true,
};
