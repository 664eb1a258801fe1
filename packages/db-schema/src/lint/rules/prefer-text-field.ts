import { columnTypeRule } from './column-type-rule.js';

export const preferTextField = columnTypeRule({
  id: 'prefer-text-field',
  origin: 'squawk',
  level: 'info',
  docs: 'Changing the length of a `varchar(n)` later takes an ACCESS EXCLUSIVE lock (shrinking rewrites the table). `text` with a `CHECK (char_length(col) <= n)` constraint can be changed with `NOT VALID` and no rewrite.',
  advice: (type, typeName) => (type === 'varchar' && (typeName.typmods?.length ?? 0) > 0 ? 'varchar(n) needs an ACCESS EXCLUSIVE lock to change its length; prefer text with a CHECK constraint' : undefined),
});
