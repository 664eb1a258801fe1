import { defineRule } from './rule.js';

export const requestBodyTypeGeneralized = defineRule({
  id: 'request-body-type-generalized',
  level: 'info',
  site: 'request-body',
  change: 'type-generalized',
  summary: 'type generalized',
  docs: 'The type (or format) was widened: every old value is still valid, more values are too (`integer` to `number`, `int32` to `int64`, a format dropped). Here it applies to the request body. Old requests stay valid: not breaking.',
  oasdiff: true,
});
