import type { LintRule } from '../lint-rule.js';
import { nameListText } from '../statement-node.js';

export const requireEnumValueOrdering: LintRule = {
  id: 'require-enum-value-ordering',
  origin: 'squawk',
  level: 'info',
  docs: '`ALTER TYPE ... ADD VALUE` without `BEFORE` or `AFTER` appends the value, so it sorts after every other: `ORDER BY` and comparisons on the enum change meaning. Say where the value goes.',
  check: (statement) => {
    const alter = statement.AlterEnumStmt;
    if (!alter || alter.newVal === undefined || alter.newValNeighbor !== undefined) return [];
    return [{ message: `enum ${nameListText(alter.typeName)} gets '${alter.newVal}' with no BEFORE or AFTER: it sorts after every existing value` }];
  },
};
