import type { RuleSpec } from './rule.js';

export const apiSecurityScopeAdded: RuleSpec = {
  id: 'api-security-scope-added',
  level: 'error',
  site: 'security',
  change: 'scope-added',
  summary: 'security scope added',
  docs: 'A scope was added to an operation security requirement. Tokens without it are rejected. oasdiff grades this `info`; Ripple grades it `error` because tokens issued without the new scope are rejected.',
  oasdiff: true,
};
