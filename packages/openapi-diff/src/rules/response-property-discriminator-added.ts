import type { RuleSpec } from './rule.js';

export const responsePropertyDiscriminatorAdded: RuleSpec = {
  id: 'response-property-discriminator-added',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-added',
  summary: 'discriminator added',
  docs: 'A `discriminator` was added. Here it applies to a response property. Informational.',
  oasdiff: true,
};
