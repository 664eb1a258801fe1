import type { LintRule } from '../lint-rule.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const constraintMissingNotValid: LintRule = {
  id: 'constraint-missing-not-valid',
  level: 'warning',
  docs: 'Adding a foreign key or check constraint validates every row while holding a lock that blocks writes (and, for a foreign key, the referenced table too). Add it `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate step, which takes a weaker lock.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) => {
      const constraint = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
      if (!constraint || (constraint.contype !== 'CONSTR_FOREIGN' && constraint.contype !== 'CONSTR_CHECK') || constraint.skip_validation) return [];
      const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check';
      return [{
        message: `${kind} constraint ${constraint.conname ?? '(unnamed)'} on ${altered!.table} is added without NOT VALID: every row is checked while writes are blocked`,
        ...(constraint.location !== undefined ? { offset: constraint.location } : {}),
      }];
    });
  },
};
