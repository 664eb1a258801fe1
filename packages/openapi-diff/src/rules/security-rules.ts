import { defineRules, type Rule } from './rule.js';

/** Security requirements of operations and of the document, and security schemes. One row per rule, sorted by id. */
export const SECURITY_RULES: readonly Rule[] = [
  ...defineRules('security', [
    { id: 'api-security-added', level: 'info', change: 'added', summary: 'security requirement added', oasdiff: true,
      docs: 'An alternative was added to the operation security requirement: one more way to authenticate.' },
    { id: 'api-security-removed', level: 'error', change: 'removed', summary: 'security requirement removed', oasdiff: true,
      docs: 'An alternative of the operation security requirement was removed. Clients authenticating that way are rejected. oasdiff grades this `info` (the API asks for less); Ripple grades it `error` because security alternatives are OR-ed: the removed one no longer lets its clients in.' },
    { id: 'api-security-scope-added', level: 'error', change: 'scope-added', summary: 'security scope added', oasdiff: true,
      docs: 'A scope was added to an operation security requirement. Tokens without it are rejected. oasdiff grades this `info`; Ripple grades it `error` for that reason.' },
    { id: 'api-security-scope-removed', level: 'info', change: 'scope-removed', summary: 'security scope removed', oasdiff: true,
      docs: 'A scope was removed from an operation security requirement. Not breaking.' },
  ]),
  ...defineRules('global-security', [
    { id: 'api-global-security-added', level: 'info', change: 'added', summary: 'global security requirement added', oasdiff: true,
      docs: 'An alternative was added to the document-wide security requirement.' },
    { id: 'api-global-security-removed', level: 'error', change: 'removed', summary: 'global security requirement removed', oasdiff: true,
      docs: 'An alternative of the document-wide security requirement was removed. oasdiff grades this `info` (the API asks for less); Ripple grades it `error` because security alternatives are OR-ed: the removed one no longer lets its clients in.' },
    { id: 'api-global-security-scope-added', level: 'error', change: 'scope-added', summary: 'global security scope added', oasdiff: true,
      docs: 'A scope was added to a document-wide security requirement. Tokens without it are rejected. oasdiff grades this `info`; Ripple grades it `error` for that reason.' },
    { id: 'api-global-security-scope-removed', level: 'info', change: 'scope-removed', summary: 'global security scope removed', oasdiff: true,
      docs: 'A scope was removed from a document-wide security requirement.' },
  ]),
  ...defineRules('security-component', [
    { id: 'api-security-component-added', level: 'info', change: 'added', summary: 'security scheme added', oasdiff: true,
      docs: 'A security scheme was added to the components.' },
    { id: 'api-security-component-oauth-scope-added', level: 'info', change: 'oauth-scope-added', summary: 'OAuth scope added', oasdiff: true,
      docs: 'An OAuth flow gained a scope.' },
    { id: 'api-security-component-oauth-scope-removed', level: 'info', change: 'oauth-scope-removed', summary: 'OAuth scope removed', oasdiff: true,
      docs: 'An OAuth flow lost a scope.' },
    { id: 'api-security-component-oauth-token-url-changed', level: 'info', change: 'oauth-token-url-changed', summary: 'OAuth token URL changed', oasdiff: true,
      docs: 'An OAuth flow `tokenUrl` changed.' },
    { id: 'api-security-component-oauth-url-changed', level: 'info', change: 'oauth-url-changed', summary: 'OAuth authorization URL changed', oasdiff: true,
      docs: 'An OAuth flow `authorizationUrl` changed.' },
    { id: 'api-security-component-removed', level: 'info', change: 'removed', summary: 'security scheme removed', oasdiff: true,
      docs: 'A security scheme was removed from the components.' },
    { id: 'api-security-component-type-changed', level: 'info', change: 'type-changed', summary: 'security scheme type changed', oasdiff: true,
      docs: 'A security scheme changed type (`apiKey` to `oauth2`).' },
  ]),
];
