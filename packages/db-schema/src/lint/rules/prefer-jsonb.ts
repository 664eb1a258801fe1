import { columnTypeRule } from './column-type-rule.js';

export const preferJsonb = columnTypeRule({
  id: 'prefer-jsonb',
  origin: 'strong_migrations',
  level: 'warning',
  docs: '`json` has no equality operator: `SELECT DISTINCT`, `UNION` and `GROUP BY` over a table with a `json` column fail, and it cannot be indexed (strong_migrations\' `add_column_json` check). Use `jsonb`.',
  advice: (type) => (type === 'json' ? 'json has no equality operator (DISTINCT, UNION and GROUP BY fail on it) and no index; prefer jsonb' : undefined),
});
