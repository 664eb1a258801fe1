import type { LintRule } from '../lint-rule.js';
import { addedConstraints, alterationsOfExistingTable } from './column-edits.js';

export const addingForeignKeyConstraint: LintRule = {
  id: 'adding-foreign-key-constraint',
  origin: 'squawk',
  level: 'warning',
  docs: 'A foreign key added to an existing table scans it under a SHARE ROW EXCLUSIVE lock on both tables, which blocks writes to each. Add it `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate transaction (SHARE UPDATE EXCLUSIVE: writes go on). A column added with `REFERENCES` locks the referenced table the same way.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) => {
      return addedConstraints(cmd).flatMap((constraint) =>
        constraint.contype === 'CONSTR_FOREIGN' && !constraint.skip_validation
          ? [{
              message: `foreign key ${constraint.conname ?? '(unnamed)'} on ${altered!.table} is validated under a SHARE ROW EXCLUSIVE lock on both tables: writes to each block until every row is checked`,
              ...(constraint.location !== undefined ? { offset: constraint.location } : {}),
            }]
          : [],
      );
    });
  },
};
