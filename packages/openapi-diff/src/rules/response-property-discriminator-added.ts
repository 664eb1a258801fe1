import { defineRule } from './rule.js';

export const responsePropertyDiscriminatorAdded = defineRule({
  id: 'response-property-discriminator-added',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-added',
  summary: 'discriminator added',
  docs: 'A `discriminator` was added. Here it applies to a response property. Informational.',
  oasdiff: true,
});
