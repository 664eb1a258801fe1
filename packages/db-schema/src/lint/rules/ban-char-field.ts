import { columnTypeRule } from './column-type-rule.js';

export const banCharField = columnTypeRule({
  id: 'ban-char-field',
  origin: 'squawk',
  level: 'info',
  docs: '`char(n)` pads values with spaces, compares surprisingly and is no faster than `text`. Use `text` (with a CHECK constraint for a length).',
  arrays: true,
  advice: (type) => (type === 'bpchar' ? 'char(n) pads with spaces; prefer text' : undefined),
});
