import { defineRule } from './rule.js';

export const requestPropertyBecameRequiredWithDefault = defineRule({
  id: 'request-property-became-required-with-default',
  level: 'error',
  site: 'request-property',
  change: 'became-required-with-default',
  summary: 'became required (has a default)',
  docs: 'An optional request property with a `default` became required. Clients that omit it are rejected despite the default.',
  oasdiff: true,
});
