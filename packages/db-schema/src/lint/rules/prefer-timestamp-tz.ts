import { columnTypeRule } from './column-type-rule.js';

export const preferTimestampTz = columnTypeRule({
  id: 'prefer-timestamp-tz',
  formerIds: ['prefer-timestamptz'],
  origin: 'squawk',
  level: 'warning',
  docs: '`timestamp` (without time zone) stores wall-clock time with no zone: values change meaning when a server, session or client zone differs. Use `timestamptz`.',
  advice: (type) => (type === 'timestamp' ? 'timestamp without time zone loses the zone; prefer timestamptz' : undefined),
});
