import { defineRule } from './rule.js';

export const apiOperationIdRemoved = defineRule({
  id: 'api-operation-id-removed',
  level: 'info',
  site: 'endpoint',
  change: 'operation-id-removed',
  summary: 'operationId removed or changed',
  docs: 'The `operationId` was removed or replaced. Generated clients rename (or lose) the method: code calling it no longer compiles.',
  oasdiff: true,
});
