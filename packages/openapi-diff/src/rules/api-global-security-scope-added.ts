import type { RuleSpec } from './rule.js';

export const apiGlobalSecurityScopeAdded: RuleSpec = {
  id: 'api-global-security-scope-added',
  level: 'error',
  site: 'global-security',
  change: 'scope-added',
  summary: 'global security scope added',
  docs: 'A scope was added to a document-wide security requirement. Tokens without it are rejected. oasdiff grades this `info`; Ripple grades it `error` because tokens issued without the new scope are rejected.',
  oasdiff: true,
};
