import type { RuleSpec } from './rule.js';

export const responseHeaderSchemaBecameFalse: RuleSpec = {
  id: 'response-header-schema-became-false',
  level: 'info',
  site: 'response-header',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to a response header. The value is no longer sent; clients expecting it break.',
  oasdiff: false,
};
