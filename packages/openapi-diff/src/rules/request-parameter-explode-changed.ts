import { defineRule } from './rule.js';

export const requestParameterExplodeChanged = defineRule({
  id: 'request-parameter-explode-changed',
  level: 'error',
  site: 'request-parameter',
  change: 'explode-changed',
  summary: 'explode changed',
  docs: 'The parameter `explode` flag changed (defaults filled in): `?id=1&id=2` versus `?id=1,2`. Clients keep serialising the old way and the server misreads them.',
  oasdiff: false,
});
