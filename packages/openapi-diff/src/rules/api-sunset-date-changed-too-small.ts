import { defineRule } from './rule.js';

export const apiSunsetDateChangedTooSmall = defineRule({
  id: 'api-sunset-date-changed-too-small',
  level: 'error',
  site: 'endpoint',
  change: 'sunset-date-changed-too-small',
  summary: 'sunset date moved earlier',
  docs: 'The `x-sunset` date of a deprecated operation moved earlier: clients have less time than promised.',
  oasdiff: true,
});
