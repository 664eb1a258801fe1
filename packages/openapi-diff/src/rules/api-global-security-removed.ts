import type { RuleSpec } from './rule.js';

export const apiGlobalSecurityRemoved: RuleSpec = {
  id: 'api-global-security-removed',
  level: 'error',
  site: 'global-security',
  change: 'removed',
  summary: 'global security requirement removed',
  docs: 'An alternative of the document-wide security requirement was removed. oasdiff grades this `info` (the API asks for less); Ripple grades it `error` because security alternatives are OR-ed: clients that authenticate with the removed alternative are rejected.',
  oasdiff: true,
};
