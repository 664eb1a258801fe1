import type { LintRule } from '../lint-rule.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const banDropNotNull: LintRule = {
  id: 'ban-drop-not-null',
  origin: 'squawk',
  level: 'warning',
  docs: 'Dropping `NOT NULL` lets NULLs in: deployed readers that assume a value break on the first NULL written. Make readers handle NULL first, deploy, then drop the constraint.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) =>
      cmd.subtype === 'AT_DropNotNull' ? [{ message: `${altered!.table}.${cmd.name ?? '?'} drops NOT NULL: readers that assume a value break on the first NULL` }] : [],
    );
  },
};
