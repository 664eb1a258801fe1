import type { RuleSpec } from './rule.js';

export const responsePropertyDiscriminatorMappingDeleted: RuleSpec = {
  id: 'response-property-discriminator-mapping-deleted',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-mapping-deleted',
  summary: 'discriminator mapping deleted',
  docs: 'A discriminator mapping entry was deleted. Here it applies to a response property. Informational.',
  oasdiff: true,
};
