import { defineRule } from './rule.js';

export const responseBodyDiscriminatorMappingAdded = defineRule({
  id: 'response-body-discriminator-mapping-added',
  level: 'info',
  site: 'response-body',
  change: 'discriminator-mapping-added',
  summary: 'discriminator mapping added',
  docs: 'A discriminator mapping entry was added. Here it applies to the response body. Informational.',
  oasdiff: true,
});
