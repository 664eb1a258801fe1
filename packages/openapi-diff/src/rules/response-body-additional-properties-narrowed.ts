import type { RuleSpec } from './rule.js';

export const responseBodyAdditionalPropertiesNarrowed: RuleSpec = {
  id: 'response-body-additional-properties-narrowed',
  level: 'info',
  site: 'response-body',
  change: 'additional-properties-narrowed',
  summary: 'additional properties narrowed to a schema',
  docs: 'Additional properties of a response object, any value before, now match a schema. Clients get fewer kinds of values than they handled.',
  oasdiff: false,
};
