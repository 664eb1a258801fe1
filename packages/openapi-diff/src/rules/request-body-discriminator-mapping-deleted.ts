import { defineRule } from './rule.js';

export const requestBodyDiscriminatorMappingDeleted = defineRule({
  id: 'request-body-discriminator-mapping-deleted',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-mapping-deleted',
  summary: 'discriminator mapping deleted',
  docs: 'A discriminator mapping entry was deleted. Here it applies to the request body. Clients sending that discriminator value may be rejected.',
  oasdiff: true,
});
