import { defineRule } from './rule.js';

export const responsePropertyDiscriminatorMappingChanged = defineRule({
  id: 'response-property-discriminator-mapping-changed',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-mapping-changed',
  summary: 'discriminator mapping changed',
  docs: 'A discriminator mapping entry points at another schema. Here it applies to a response property. Review the payload shape for that value.',
  oasdiff: true,
});
