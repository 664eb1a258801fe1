import type { LintRule } from '../lint-rule.js';
import { qualifiedTable, transactionBoundary } from '../statement-node.js';
import { alterationsOfExistingTable } from './column-edits.js';

export const constraintMissingNotValid: LintRule = {
  id: 'constraint-missing-not-valid',
  origin: 'squawk',
  level: 'warning',
  docs: 'Adding a foreign key or check constraint validates every row while holding a lock that blocks writes (and, for a foreign key, the referenced table too). Add it `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate step, which takes a weaker lock. A `VALIDATE CONSTRAINT` in the same transaction as its `NOT VALID` gains nothing: the first lock is held through the scan.',
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
  checkStatements: (statements, settings) => {
    let inTransaction = settings.assumeInTransaction;
    const notValid = new Set<string>();
    return statements.flatMap(({ node }, index) => {
      const boundary = transactionBoundary(node);
      if (boundary === 'begin' && !inTransaction) notValid.clear();
      if (boundary) inTransaction = boundary === 'begin';
      const alter = node.AlterTableStmt;
      if (!alter) return [];
      return (alter.cmds ?? []).flatMap((item) => {
        const cmd = item.AlterTableCmd;
        if (cmd?.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.skip_validation && cmd.def.Constraint.conname !== undefined) notValid.add(cmd.def.Constraint.conname);
        if (cmd?.subtype !== 'AT_ValidateConstraint' || cmd.name === undefined || !inTransaction || !notValid.has(cmd.name)) return [];
        return [{ index, message: `constraint ${cmd.name} on ${qualifiedTable(alter.relation)} is validated in the transaction that added it NOT VALID: the stronger lock is held through the scan` }];
      });
    });
  },
};
