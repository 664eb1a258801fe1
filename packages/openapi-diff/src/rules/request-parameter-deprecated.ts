import type { RuleSpec } from './rule.js';

export const requestParameterDeprecated: RuleSpec = {
  id: 'request-parameter-deprecated',
  level: 'info',
  site: 'request-parameter',
  change: 'deprecated',
  summary: 'deprecated',
  docs: 'A request parameter was marked `deprecated`.',
  oasdiff: true,
};
