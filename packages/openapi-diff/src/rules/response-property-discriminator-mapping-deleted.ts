import { defineRule } from './rule.js';

export const responsePropertyDiscriminatorMappingDeleted = defineRule({
  id: 'response-property-discriminator-mapping-deleted',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-mapping-deleted',
  summary: 'discriminator mapping deleted',
  docs: 'A discriminator mapping entry was deleted. Here it applies to a response property. Informational.',
  oasdiff: true,
});
