import type { RuleSpec } from './rule.js';

export const requestBodySchemaBecameNotFalse: RuleSpec = {
  id: 'request-body-schema-became-not-false',
  level: 'info',
  site: 'request-body',
  change: 'schema-became-not-false',
  summary: 'schema became not false',
  docs: 'A `false` schema became a real one: values are now accepted where none were. Here it applies to the request body. Clients were sending nothing here; nothing breaks.',
  oasdiff: false,
};
