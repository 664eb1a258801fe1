import type { RuleSpec } from './rule.js';

export const responsePropertyMultipleOfSpecialized: RuleSpec = {
  id: 'response-property-multiple-of-specialized',
  level: 'info',
  site: 'response-property',
  change: 'multiple-of-specialized',
  summary: 'multiple of specialized',
  docs: '`multipleOf` changed to a multiple of the old one: every new value was valid before. Here it applies to a response property. Values stay on the old step: not breaking.',
  oasdiff: false,
};
