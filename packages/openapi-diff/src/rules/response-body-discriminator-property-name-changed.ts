import { defineRule } from './rule.js';

export const responseBodyDiscriminatorPropertyNameChanged = defineRule({
  id: 'response-body-discriminator-property-name-changed',
  level: 'info',
  site: 'response-body',
  change: 'discriminator-property-name-changed',
  summary: 'discriminator property name changed',
  docs: 'The discriminator `propertyName` changed. Here it applies to the response body. Clients dispatching on the old property break.',
  oasdiff: true,
});
