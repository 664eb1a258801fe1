import type { RuleSpec } from './rule.js';

export const responseBodyAnyOfAdded: RuleSpec = {
  id: 'response-body-any-of-added',
  level: 'error',
  site: 'response-body',
  change: 'any-of-added',
  summary: 'any of added',
  docs: 'An `anyOf` alternative was added. Here it applies to the response body. Clients meet a shape they do not handle. oasdiff grades this `info` but a `oneOf` alternative added `error`; Ripple grades both `error`: either way a client meets a shape it does not handle.',
  oasdiff: true,
};
