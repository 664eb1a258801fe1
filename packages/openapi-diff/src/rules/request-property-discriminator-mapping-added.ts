import { defineRule } from './rule.js';

export const requestPropertyDiscriminatorMappingAdded = defineRule({
  id: 'request-property-discriminator-mapping-added',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-mapping-added',
  summary: 'discriminator mapping added',
  docs: 'A discriminator mapping entry was added. Here it applies to a request property. Informational.',
  oasdiff: true,
});
