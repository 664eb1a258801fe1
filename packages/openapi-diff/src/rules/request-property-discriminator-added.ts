import { defineRule } from './rule.js';

export const requestPropertyDiscriminatorAdded = defineRule({
  id: 'request-property-discriminator-added',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-added',
  summary: 'discriminator added',
  docs: 'A `discriminator` was added. Here it applies to a request property. Informational.',
  oasdiff: true,
});
