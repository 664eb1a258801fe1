import type { RuleSpec } from './rule.js';

export const responsePropertyAdditionalPropertiesWidened: RuleSpec = {
  id: 'response-property-additional-properties-widened',
  level: 'warning',
  site: 'response-property',
  change: 'additional-properties-widened',
  summary: 'additional properties widened to any',
  docs: 'Additional properties of a response object no longer have to match a schema: a client reading them as a typed map may get values of any type.',
  oasdiff: false,
};
