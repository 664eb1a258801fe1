import type { LintRule } from '../lint-rule.js';
import { nameListText } from '../statement-node.js';

export const banAlterDomainWithAddConstraint: LintRule = {
  id: 'ban-alter-domain-with-add-constraint',
  origin: 'squawk',
  level: 'warning',
  docs: '`ALTER DOMAIN ... ADD CONSTRAINT` checks every column of every table that uses the domain, under locks on each of them, and PostgreSQL cannot do it `CONCURRENTLY`. Put the check on the columns instead (`ADD CONSTRAINT ... CHECK ... NOT VALID`, then `VALIDATE`).',
  check: (statement) => {
    const alter = statement.AlterDomainStmt;
    if (alter?.subtype !== 'C') return [];
    return [{ message: `domain ${nameListText(alter.typeName)} gets a constraint: every column using it is checked while its table is locked`, ...(alter.def?.Constraint?.location !== undefined ? { offset: alter.def.Constraint.location } : {}) }];
  },
};
