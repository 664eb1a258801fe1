import type { RuleSpec } from './rule.js';

export const requestParameterPropertySchemaBecameFalse: RuleSpec = {
  id: 'request-parameter-property-schema-became-false',
  level: 'error',
  site: 'request-parameter-property',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to a property of an object request parameter. Every client sending this value is now rejected.',
  oasdiff: false,
};
