import { defineRule } from './rule.js';

export const responsePropertyDiscriminatorRemoved = defineRule({
  id: 'response-property-discriminator-removed',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-removed',
  summary: 'discriminator removed',
  docs: 'The `discriminator` was removed. Here it applies to a response property. Clients dispatching on the discriminator must pick another way.',
  oasdiff: true,
});
