import type { RuleSpec } from './rule.js';

export const requestParameterSchemaBecameNotFalse: RuleSpec = {
  id: 'request-parameter-schema-became-not-false',
  level: 'info',
  site: 'request-parameter',
  change: 'schema-became-not-false',
  summary: 'schema became not false',
  docs: 'A `false` schema became a real one: values are now accepted where none were. Here it applies to a request parameter. Clients were sending nothing here; nothing breaks.',
  oasdiff: false,
};
