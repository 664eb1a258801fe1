import type { RuleSpec } from './rule.js';

export const responsePropertySchemaBecameFalse: RuleSpec = {
  id: 'response-property-schema-became-false',
  level: 'info',
  site: 'response-property',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to a response property. The value is no longer sent; clients expecting it break.',
  oasdiff: false,
};
