import type { LintRule } from '../lint-rule.js';
import { transactionBoundary } from '../statement-node.js';

export const banUncommittedTransaction: LintRule = {
  id: 'ban-uncommitted-transaction',
  origin: 'squawk',
  level: 'error',
  docs: 'A `BEGIN` with no `COMMIT` or `ROLLBACK` after it leaves the transaction open when the file ends: depending on the tool the changes are rolled back silently or the session holds its locks. End every transaction the file opens.',
  checkStatements: (statements) => {
    let open: number | undefined;
    statements.forEach(({ node }, index) => {
      const boundary = transactionBoundary(node);
      if (boundary) open = boundary === 'begin' ? index : undefined;
    });
    return open === undefined ? [] : [{ index: open, message: 'this transaction is never committed or rolled back before the file ends' }];
  },
};
