import type { RuleSpec } from './rule.js';

export const requestPropertySchemaBecameFalse: RuleSpec = {
  id: 'request-property-schema-became-false',
  level: 'error',
  site: 'request-property',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to a request property. Every client sending this value is now rejected.',
  oasdiff: false,
};
