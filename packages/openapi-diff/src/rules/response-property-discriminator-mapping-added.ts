import { defineRule } from './rule.js';

export const responsePropertyDiscriminatorMappingAdded = defineRule({
  id: 'response-property-discriminator-mapping-added',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-mapping-added',
  summary: 'discriminator mapping added',
  docs: 'A discriminator mapping entry was added. Here it applies to a response property. Informational.',
  oasdiff: true,
});
