import { defineRule } from './rule.js';

export const responseOptionalPropertyRemoved = defineRule({
  id: 'response-optional-property-removed',
  level: 'warning',
  site: 'response-property',
  change: 'optional-property-removed',
  summary: 'optional property removed',
  docs: 'An optional property was removed from the response. Clients must already cope with its absence, so oasdiff calls this informational; Ripple raises it to a warning because clients that read the field lose data they used.',
  oasdiff: true,
});
