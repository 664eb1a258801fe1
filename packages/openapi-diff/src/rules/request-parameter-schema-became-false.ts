import type { RuleSpec } from './rule.js';

export const requestParameterSchemaBecameFalse: RuleSpec = {
  id: 'request-parameter-schema-became-false',
  level: 'error',
  site: 'request-parameter',
  change: 'schema-became-false',
  summary: 'schema became false',
  docs: 'The schema became `false` (or `not: {}`): no value validates any more. Here it applies to a request parameter. Every client sending this value is now rejected.',
  oasdiff: false,
};
