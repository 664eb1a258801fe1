import type { RuleSpec } from './rule.js';

export const apiPathSunsetParse: RuleSpec = {
  id: 'api-path-sunset-parse',
  level: 'error',
  site: 'endpoint',
  change: 'path-sunset-parse',
  summary: 'sunset date is not a date',
  docs: 'A deprecated operation was removed, or its `x-sunset` changed, and the `x-sunset` value is not a date (`YYYY-MM-DD` or an RFC 3339 timestamp). Ripple cannot tell whether the sunset has passed or moved earlier, so it never guesses: write the date in one of those forms.',
  oasdiff: true,
};
