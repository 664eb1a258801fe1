import type { RuleSpec } from './rule.js';

export const responseBodySchemaBecameNotFalse: RuleSpec = {
  id: 'response-body-schema-became-not-false',
  level: 'info',
  site: 'response-body',
  change: 'schema-became-not-false',
  summary: 'schema became not false',
  docs: 'A `false` schema became a real one: values are now accepted where none were. Here it applies to the response body. Values now appear where none could; clients that never expected one may not handle it.',
  oasdiff: false,
};
