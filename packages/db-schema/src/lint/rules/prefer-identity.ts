import { columnTypeRule } from './column-type-rule.js';

export const preferIdentity = columnTypeRule({
  id: 'prefer-identity',
  origin: 'squawk',
  level: 'info',
  docs: '`serial` creates a separately owned sequence with its own permissions, which dumps, copies and grants get wrong. Use `bigint GENERATED ALWAYS AS IDENTITY`.',
  advice: (type) => (['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2'].includes(type) ? `${type} makes a loose sequence; prefer bigint GENERATED ALWAYS AS IDENTITY` : undefined),
});
