import type { LintRule } from '../lint-rule.js';
import { transactionBoundary } from '../statement-node.js';

export const transactionNesting: LintRule = {
  id: 'transaction-nesting',
  origin: 'squawk',
  level: 'warning',
  docs: 'A `BEGIN` inside a transaction is only a warning in PostgreSQL, and the `COMMIT` that follows ends the outer transaction early: statements after it run outside the transaction the tool opened (with `--assume-in-transaction`, any `BEGIN`/`COMMIT` in the file does this). Let the tool manage the transaction, or split the file.',
  checkStatements: (statements, settings) => {
    let explicit = false;
    return statements.flatMap(({ node }, index) => {
      const boundary = transactionBoundary(node);
      if (!boundary) return [];
      let message: string | undefined;
      if (boundary === 'begin') {
        if (settings.assumeInTransaction) message = 'BEGIN inside the transaction the migration tool opens';
        else if (explicit) message = 'BEGIN inside a transaction already in progress';
        explicit = true;
      } else {
        if (settings.assumeInTransaction) message = 'COMMIT or ROLLBACK ends the transaction the migration tool manages';
        else if (!explicit) message = 'COMMIT or ROLLBACK with no transaction to end';
        explicit = false;
      }
      return message === undefined ? [] : [{ index, message }];
    });
  },
};
