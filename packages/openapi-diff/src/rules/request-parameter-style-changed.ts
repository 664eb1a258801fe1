import { defineRule } from './rule.js';

export const requestParameterStyleChanged = defineRule({
  id: 'request-parameter-style-changed',
  level: 'error',
  site: 'request-parameter',
  change: 'style-changed',
  summary: 'serialization style changed',
  docs: 'The parameter `style` (or 2.0 `collectionFormat`) changed, with the version default filled in: `form` to `spaceDelimited`, for example. Clients keep serialising the old way and the server misreads them. (oasdiff folds this into one serialization check.)',
  oasdiff: false,
});
