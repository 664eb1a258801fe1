import { defineRule } from './rule.js';

export const requestPropertyRemoved = defineRule({
  id: 'request-property-removed',
  level: 'warning',
  site: 'request-property',
  change: 'property-removed',
  summary: 'property removed',
  docs: 'A property was removed from the request schema. Clients still sending it are ignored at best and rejected where `additionalProperties: false` applies.',
  oasdiff: true,
});
