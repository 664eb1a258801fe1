import { defineRule } from './rule.js';

export const responseBodyDiscriminatorRemoved = defineRule({
  id: 'response-body-discriminator-removed',
  level: 'info',
  site: 'response-body',
  change: 'discriminator-removed',
  summary: 'discriminator removed',
  docs: 'The `discriminator` was removed. Here it applies to the response body. Clients dispatching on the discriminator must pick another way.',
  oasdiff: true,
});
