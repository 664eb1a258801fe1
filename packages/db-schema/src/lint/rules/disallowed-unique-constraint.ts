import type { LintRule } from '../lint-rule.js';
import { addedConstraints, alterationsOfExistingTable } from './column-edits.js';

export const disallowedUniqueConstraint: LintRule = {
  id: 'disallowed-unique-constraint',
  origin: 'squawk',
  level: 'warning',
  docs: 'Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock. Build the index `CONCURRENTLY`, then `ADD CONSTRAINT ... UNIQUE USING INDEX` (a primary key is `adding-serial-primary-key-field`).',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) => {
      const constraint = addedConstraints(cmd).find((candidate) => candidate.contype === 'CONSTR_UNIQUE' && candidate.indexname === undefined);
      if (!constraint) return [];
      return [{
        message: `unique constraint ${constraint.conname ?? '(unnamed)'} on ${altered!.table} builds its index under an ACCESS EXCLUSIVE lock`,
        ...(constraint.location !== undefined ? { offset: constraint.location } : {}),
      }];
    });
  },
};
