import { defineRule } from './rule.js';

export const requestPropertyDiscriminatorMappingChanged = defineRule({
  id: 'request-property-discriminator-mapping-changed',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-mapping-changed',
  summary: 'discriminator mapping changed',
  docs: 'A discriminator mapping entry points at another schema. Here it applies to a request property. Review the payload shape for that value.',
  oasdiff: true,
});
