import { defineRule } from './rule.js';

export const sunsetDeleted = defineRule({
  id: 'sunset-deleted',
  level: 'error',
  site: 'endpoint',
  change: 'sunset-deleted',
  summary: 'sunset date deleted',
  docs: 'The `x-sunset` date of a deprecated operation was removed while it stays deprecated: clients lose the date they planned around.',
  oasdiff: true,
});
