import { defineRule } from './rule.js';

export const requestBodyDiscriminatorPropertyNameChanged = defineRule({
  id: 'request-body-discriminator-property-name-changed',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-property-name-changed',
  summary: 'discriminator property name changed',
  docs: 'The discriminator `propertyName` changed. Here it applies to the request body. Clients must send the new property.',
  oasdiff: true,
});
