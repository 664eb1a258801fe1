import type { RuleSpec } from './rule.js';

export const responsePropertyPatternChanged: RuleSpec = {
  id: 'response-property-pattern-changed',
  level: 'info',
  site: 'response-property',
  change: 'pattern-changed',
  summary: 'pattern changed',
  docs: '`pattern` changed. Whether the new one accepts more or less cannot be decided in general, so this is a warning to review. Here it applies to a response property. Clients parsing the old format may break.',
  oasdiff: true,
};
