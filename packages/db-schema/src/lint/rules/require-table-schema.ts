import type { LintRule } from '../lint-rule.js';
import type { RangeVar } from '../statement-node.js';

export const requireTableSchema: LintRule = {
  id: 'require-table-schema',
  origin: 'squawk',
  level: 'info',
  optIn: true,
  docs: 'Opt-in (`--include require-table-schema`). A table named without its schema resolves through `search_path`, which differs between sessions, roles and tools: the migration can create or change a table in another schema than meant. Qualify table names.',
  check: (statement) => {
    const relation: RangeVar | undefined = statement.CreateStmt?.relation ?? statement.AlterTableStmt?.relation ?? statement.IndexStmt?.relation;
    if (!relation || relation.schemaname !== undefined) return [];
    return [{ message: `${relation.relname} is named without a schema: search_path decides which table it is`, ...(relation.location !== undefined ? { offset: relation.location } : {}) }];
  },
};
