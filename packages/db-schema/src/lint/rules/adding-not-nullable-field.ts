import type { LintRule } from '../lint-rule.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const addingNotNullableField: LintRule = {
  id: 'adding-not-nullable-field',
  level: 'warning',
  docs: '`ALTER COLUMN ... SET NOT NULL` scans the whole table under an ACCESS EXCLUSIVE lock. Add `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` (a weaker lock), then `SET NOT NULL` (PostgreSQL 12+ uses the check and skips the scan), then drop the check.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) =>
      cmd.subtype === 'AT_SetNotNull' ? [{ message: `${altered!.table}.${cmd.name ?? '?'} SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock` }] : [],
    );
  },
};
