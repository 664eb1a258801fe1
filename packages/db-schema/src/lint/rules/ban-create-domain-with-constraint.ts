import type { LintRule } from '../lint-rule.js';
import { nameListText } from '../statement-node.js';

export const banCreateDomainWithConstraint: LintRule = {
  id: 'ban-create-domain-with-constraint',
  origin: 'squawk',
  level: 'warning',
  docs: 'A domain with a constraint cannot change that constraint safely later: `ALTER DOMAIN ... ADD CONSTRAINT` checks every column using it under locks. Put CHECK constraints on the table columns, where `NOT VALID` and `VALIDATE` work.',
  check: (statement) => {
    const create = statement.CreateDomainStmt;
    const constraint = (create?.constraints ?? []).find((item) => item.Constraint && item.Constraint.contype !== 'CONSTR_NOTNULL' && item.Constraint.contype !== 'CONSTR_NULL' && item.Constraint.contype !== 'CONSTR_DEFAULT')?.Constraint;
    if (!create || !constraint) return [];
    return [{ message: `domain ${nameListText(create.domainname)} is created with a constraint: changing it later locks every table using it`, ...(constraint.location !== undefined ? { offset: constraint.location } : {}) }];
  },
};
