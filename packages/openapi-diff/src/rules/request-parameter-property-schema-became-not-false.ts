import type { RuleSpec } from './rule.js';

export const requestParameterPropertySchemaBecameNotFalse: RuleSpec = {
  id: 'request-parameter-property-schema-became-not-false',
  level: 'info',
  site: 'request-parameter-property',
  change: 'schema-became-not-false',
  summary: 'schema became not false',
  docs: 'A `false` schema became a real one: values are now accepted where none were. Here it applies to a property of an object request parameter. Clients were sending nothing here; nothing breaks.',
  oasdiff: false,
};
