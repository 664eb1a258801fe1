import { defineRule } from './rule.js';

export const requestBodyDiscriminatorMappingAdded = defineRule({
  id: 'request-body-discriminator-mapping-added',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-mapping-added',
  summary: 'discriminator mapping added',
  docs: 'A discriminator mapping entry was added. Here it applies to the request body. Informational.',
  oasdiff: true,
});
