import { defineRule } from './rule.js';

export const responseBodyDiscriminatorAdded = defineRule({
  id: 'response-body-discriminator-added',
  level: 'info',
  site: 'response-body',
  change: 'discriminator-added',
  summary: 'discriminator added',
  docs: 'A `discriminator` was added. Here it applies to the response body. Informational.',
  oasdiff: true,
});
