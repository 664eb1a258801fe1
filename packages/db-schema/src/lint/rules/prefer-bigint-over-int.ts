import { columnTypeRule } from './column-type-rule.js';

export const preferBigintOverInt = columnTypeRule({
  id: 'prefer-bigint-over-int',
  origin: 'squawk',
  level: 'info',
  docs: 'A 32-bit `integer` tops out at 2,147,483,647; ids and counters hit it, and widening later rewrites the table. Use `bigint` (8 bytes) for keys and anything that grows.',
  advice: (type) => (type === 'int4' || type === 'serial' || type === 'serial4' ? `${type === 'int4' ? 'integer' : type} overflows at 2^31; prefer bigint` : undefined),
});
