import type { LintRule } from '../lint-rule.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const disallowedUniqueConstraint: LintRule = {
  id: 'disallowed-unique-constraint',
  level: 'warning',
  docs: 'Adding a UNIQUE or PRIMARY KEY constraint builds its index under an ACCESS EXCLUSIVE lock. Build the index `CONCURRENTLY`, then `ADD CONSTRAINT ... UNIQUE USING INDEX`.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) => {
      const constraint = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (!constraint || (constraint.contype !== 'CONSTR_UNIQUE' && constraint.contype !== 'CONSTR_PRIMARY') || constraint.indexname !== undefined) return [];
      return [{
        message: `${constraint.contype === 'CONSTR_UNIQUE' ? 'unique' : 'primary key'} constraint ${constraint.conname ?? '(unnamed)'} on ${altered!.table} builds its index under an ACCESS EXCLUSIVE lock`,
        ...(constraint.location !== undefined ? { offset: constraint.location } : {}),
      }];
    });
  },
};
