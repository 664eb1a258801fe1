import { defineRule } from './rule.js';

export const responseBodyDiscriminatorMappingDeleted = defineRule({
  id: 'response-body-discriminator-mapping-deleted',
  level: 'info',
  site: 'response-body',
  change: 'discriminator-mapping-deleted',
  summary: 'discriminator mapping deleted',
  docs: 'A discriminator mapping entry was deleted. Here it applies to the response body. Informational.',
  oasdiff: true,
});
