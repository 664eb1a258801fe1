import { defineRule } from './rule.js';

export const requestBodyDiscriminatorRemoved = defineRule({
  id: 'request-body-discriminator-removed',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-removed',
  summary: 'discriminator removed',
  docs: 'The `discriminator` was removed. Here it applies to the request body. Informational.',
  oasdiff: true,
});
