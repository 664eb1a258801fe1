import type { LintRule } from '../lint-rule.js';

export const banDropDatabase: LintRule = {
  id: 'ban-drop-database',
  origin: 'squawk',
  level: 'error',
  docs: '`DROP DATABASE` in a migration deletes everything in it, irrecoverably. Databases are made and dropped by hand or by provisioning, never by a migration.',
  check: (statement) => (statement.DropdbStmt ? [{ message: `database ${statement.DropdbStmt.dbname} is dropped: all its data is lost` }] : []),
};
