import { defineRule } from './rule.js';

export const requestParameterPropertyTypeGeneralized = defineRule({
  id: 'request-parameter-property-type-generalized',
  level: 'info',
  site: 'request-parameter-property',
  change: 'type-generalized',
  summary: 'type generalized',
  docs: 'The type (or format) was widened: every old value is still valid, more values are too (`integer` to `number`, `int32` to `int64`, a format dropped). Here it applies to a property of an object request parameter. Old requests stay valid: not breaking.',
  oasdiff: true,
});
