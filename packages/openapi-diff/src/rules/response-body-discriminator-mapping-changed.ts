import { defineRule } from './rule.js';

export const responseBodyDiscriminatorMappingChanged = defineRule({
  id: 'response-body-discriminator-mapping-changed',
  level: 'info',
  site: 'response-body',
  change: 'discriminator-mapping-changed',
  summary: 'discriminator mapping changed',
  docs: 'A discriminator mapping entry points at another schema. Here it applies to the response body. Review the payload shape for that value.',
  oasdiff: true,
});
