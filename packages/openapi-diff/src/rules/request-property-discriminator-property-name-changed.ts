import { defineRule } from './rule.js';

export const requestPropertyDiscriminatorPropertyNameChanged = defineRule({
  id: 'request-property-discriminator-property-name-changed',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-property-name-changed',
  summary: 'discriminator property name changed',
  docs: 'The discriminator `propertyName` changed. Here it applies to a request property. Clients must send the new property.',
  oasdiff: true,
});
