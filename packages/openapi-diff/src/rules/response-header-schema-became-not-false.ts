import type { RuleSpec } from './rule.js';

export const responseHeaderSchemaBecameNotFalse: RuleSpec = {
  id: 'response-header-schema-became-not-false',
  level: 'error',
  site: 'response-header',
  change: 'schema-became-not-false',
  summary: 'schema became not false',
  docs: 'A `false` schema became a real one: values are now accepted where none were. Here it applies to a response header. Values now appear where none could; clients that never expected one may not handle it.',
  oasdiff: false,
};
