import { columnTypeRule } from './column-type-rule.js';

export const preferBigintOverSmallint = columnTypeRule({
  id: 'prefer-bigint-over-smallint',
  origin: 'squawk',
  level: 'info',
  docs: 'A 16-bit `smallint` tops out at 32,767; counters and ids hit it, and widening later rewrites the table. Use `bigint` unless the domain is truly tiny.',
  advice: (type) => (type === 'int2' || type === 'smallserial' || type === 'serial2' ? `${type === 'int2' ? 'smallint' : type} overflows at 32,767; prefer bigint` : undefined),
});
