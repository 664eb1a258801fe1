import type { RuleSpec } from './rule.js';

export const apiDeprecatedSunsetParse: RuleSpec = {
  id: 'api-deprecated-sunset-parse',
  level: 'error',
  site: 'endpoint',
  change: 'deprecated-sunset-parse',
  summary: 'deprecated with a sunset date that is not a date',
  docs: 'An operation became deprecated with an `x-sunset` value that is not a date (`YYYY-MM-DD` or an RFC 3339 timestamp): clients cannot plan around it, and later removals cannot be judged against it.',
  oasdiff: true,
};
