import type { RuleSpec } from './rule.js';

export const requestParameterSunsetParse: RuleSpec = {
  id: 'request-parameter-sunset-parse',
  level: 'error',
  site: 'request-parameter',
  change: 'sunset-parse',
  summary: 'removed with a sunset date that is not a date',
  docs: 'A deprecated parameter was removed and its `x-sunset` value is not a date (`YYYY-MM-DD` or an RFC 3339 timestamp), so Ripple cannot tell whether the sunset has passed: it never treats an unreadable date as past or future.',
  oasdiff: true,
};
