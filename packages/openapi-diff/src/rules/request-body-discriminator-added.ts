import { defineRule } from './rule.js';

export const requestBodyDiscriminatorAdded = defineRule({
  id: 'request-body-discriminator-added',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-added',
  summary: 'discriminator added',
  docs: 'A `discriminator` was added. Here it applies to the request body. Informational.',
  oasdiff: true,
});
