import type { RuleSpec } from './rule.js';

export const responseBodySchemaBecameFalse: RuleSpec = {
  id: 'response-body-schema-became-false',
  level: 'error',
  site: 'response-body',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to the response body. The value is no longer sent; clients expecting it break.',
  oasdiff: false,
};
