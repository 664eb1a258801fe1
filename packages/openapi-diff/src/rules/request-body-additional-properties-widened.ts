import type { RuleSpec } from './rule.js';

export const requestBodyAdditionalPropertiesWidened: RuleSpec = {
  id: 'request-body-additional-properties-widened',
  level: 'info',
  site: 'request-body',
  change: 'additional-properties-widened',
  summary: 'additional properties widened to any',
  docs: 'Additional properties of a request object no longer have to match a schema. Nothing that worked breaks.',
  oasdiff: false,
};
