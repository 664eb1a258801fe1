import { defineRule } from './rule.js';

export const requestPropertyDiscriminatorRemoved = defineRule({
  id: 'request-property-discriminator-removed',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-removed',
  summary: 'discriminator removed',
  docs: 'The `discriminator` was removed. Here it applies to a request property. Informational.',
  oasdiff: true,
});
