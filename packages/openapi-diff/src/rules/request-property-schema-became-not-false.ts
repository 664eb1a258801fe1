import type { RuleSpec } from './rule.js';

export const requestPropertySchemaBecameNotFalse: RuleSpec = {
  id: 'request-property-schema-became-not-false',
  level: 'info',
  site: 'request-property',
  change: 'schema-became-not-false',
  summary: 'schema became not false',
  docs: 'A `false` schema became a real one: values are now accepted where none were. Here it applies to a request property. Clients were sending nothing here; nothing breaks.',
  oasdiff: false,
};
