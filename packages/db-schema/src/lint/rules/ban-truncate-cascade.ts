import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

export const banTruncateCascade: LintRule = {
  id: 'ban-truncate-cascade',
  origin: 'squawk',
  level: 'error',
  docs: '`TRUNCATE ... CASCADE` also empties every table with a foreign key to the truncated ones, and theirs, recursively: data far from the migration is lost. Truncate the tables you mean by name.',
  check: (statement) => {
    const truncate = statement.TruncateStmt;
    if (truncate?.behavior !== 'DROP_CASCADE') return [];
    const tables = (truncate.relations ?? []).flatMap((relation) => (relation.RangeVar ? [qualifiedTable(relation.RangeVar)] : []));
    return [{ message: `TRUNCATE ${tables.join(', ')} CASCADE also empties every table that references them, recursively` }];
  },
};
