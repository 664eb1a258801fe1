import { defineRule } from './rule.js';

export const responsePropertyDiscriminatorPropertyNameChanged = defineRule({
  id: 'response-property-discriminator-property-name-changed',
  level: 'info',
  site: 'response-property',
  change: 'discriminator-property-name-changed',
  summary: 'discriminator property name changed',
  docs: 'The discriminator `propertyName` changed. Here it applies to a response property. Clients dispatching on the old property break.',
  oasdiff: true,
});
