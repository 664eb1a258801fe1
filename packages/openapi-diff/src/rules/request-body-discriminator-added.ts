import type { RuleSpec } from './rule.js';

export const requestBodyDiscriminatorAdded: RuleSpec = {
  id: 'request-body-discriminator-added',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-added',
  summary: 'discriminator added',
  docs: 'A `discriminator` was added. Here it applies to the request body. Informational.',
  oasdiff: true,
};
