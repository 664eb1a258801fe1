import type { RuleSpec } from './rule.js';

export const requestParameterSunsetDeleted: RuleSpec = {
  id: 'request-parameter-sunset-deleted',
  level: 'error',
  site: 'request-parameter',
  change: 'sunset-deleted',
  summary: 'sunset date deleted',
  docs: 'The `x-sunset` date of a deprecated parameter was removed while it stays deprecated: clients lose the date they planned around.',
  oasdiff: true,
};
