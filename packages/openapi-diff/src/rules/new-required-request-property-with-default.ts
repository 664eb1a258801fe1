import { defineRule } from './rule.js';

export const newRequiredRequestPropertyWithDefault = defineRule({
  id: 'new-required-request-property-with-default',
  level: 'error',
  site: 'request-property',
  change: 'new-required-property-with-default',
  summary: 'new required property with a default',
  docs: 'A new required property with a `default` was added to the request. `required` wins over `default` for validation: clients that do not send it are rejected.',
  oasdiff: true,
});
