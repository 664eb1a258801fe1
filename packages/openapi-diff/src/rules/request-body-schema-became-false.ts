import type { RuleSpec } from './rule.js';

export const requestBodySchemaBecameFalse: RuleSpec = {
  id: 'request-body-schema-became-false',
  level: 'error',
  site: 'request-body',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to the request body. Every client sending this value is now rejected.',
  oasdiff: false,
};
