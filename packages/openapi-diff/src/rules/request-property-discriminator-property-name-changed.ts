import type { RuleSpec } from './rule.js';

export const requestPropertyDiscriminatorPropertyNameChanged: RuleSpec = {
  id: 'request-property-discriminator-property-name-changed',
  level: 'info',
  site: 'request-property',
  change: 'discriminator-property-name-changed',
  summary: 'discriminator property name changed',
  docs: 'The discriminator `propertyName` changed. Here it applies to a request property. Clients must send the new property.',
  oasdiff: true,
};
