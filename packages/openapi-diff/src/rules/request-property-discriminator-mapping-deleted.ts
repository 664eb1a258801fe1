import { defineRule } from './rule.js';

export const requestPropertyDiscriminatorMappingDeleted = defineRule({
  id: 'request-property-discriminator-mapping-deleted',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-mapping-deleted',
  summary: 'discriminator mapping deleted',
  docs: 'A discriminator mapping entry was deleted. Here it applies to a request property. Clients sending that discriminator value may be rejected.',
  oasdiff: true,
});
