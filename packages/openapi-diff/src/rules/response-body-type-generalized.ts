import { defineRule } from './rule.js';

export const responseBodyTypeGeneralized = defineRule({
  id: 'response-body-type-generalized',
  level: 'error',
  site: 'response-body',
  change: 'type-generalized',
  summary: 'type generalized',
  docs: 'The type (or format) was widened: every old value is still valid, more values are too (`integer` to `number`, `int32` to `int64`, a format dropped). Here it applies to the response body. Responses may now carry values the client cannot parse (a fraction where an integer was promised).',
  oasdiff: true,
});
