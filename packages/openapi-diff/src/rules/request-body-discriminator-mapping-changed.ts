import { defineRule } from './rule.js';

export const requestBodyDiscriminatorMappingChanged = defineRule({
  id: 'request-body-discriminator-mapping-changed',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-mapping-changed',
  summary: 'discriminator mapping changed',
  docs: 'A discriminator mapping entry points at another schema. Here it applies to the request body. Review the payload shape for that value.',
  oasdiff: true,
});
