import type { RuleSpec } from './rule.js';

export const apiSecurityRemoved: RuleSpec = {
  id: 'api-security-removed',
  level: 'error',
  site: 'security',
  change: 'removed',
  summary: 'security requirement removed',
  docs: 'An alternative of the operation security requirement was removed. Clients authenticating that way are rejected. oasdiff grades this `info` (the API asks for less); Ripple grades it `error` because security alternatives are OR-ed: clients that authenticate with the removed alternative are rejected.',
  oasdiff: true,
};
