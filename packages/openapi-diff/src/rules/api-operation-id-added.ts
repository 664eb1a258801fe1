import { defineRule } from './rule.js';

export const apiOperationIdAdded = defineRule({
  id: 'api-operation-id-added',
  level: 'info',
  site: 'endpoint',
  change: 'operation-id-added',
  summary: 'operationId added',
  docs: 'An `operationId` was added. Generated clients gain a method name.',
  oasdiff: true,
});
