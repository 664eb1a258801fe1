import type { LintRule } from '../lint-rule.js';
import { droppedTables } from '../statement-node.js';

export const banDropTable: LintRule = {
  id: 'ban-drop-table',
  origin: 'squawk',
  level: 'warning',
  docs: 'Dropping a table loses its data and breaks everything still deployed that reads it. Rename it aside or stop using it first; drop it in a later release.',
  check: (statement, context) =>
    droppedTables(statement)
      .filter((table) => context.isExistingTable(table))
      .map((table) => ({ message: `${table} is dropped: its data is lost and deployed code that uses it breaks` })),
};
