import type { RuleSpec } from './rule.js';

export const requestBodyDiscriminatorRemoved: RuleSpec = {
  id: 'request-body-discriminator-removed',
  level: 'info',
  site: 'request-body',
  change: 'discriminator-removed',
  summary: 'discriminator removed',
  docs: 'The `discriminator` was removed. Here it applies to the request body. Informational.',
  oasdiff: true,
};
