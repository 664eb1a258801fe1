import type { LintRule } from '../lint-rule.js';
import { addedConstraints, alterationsOfExistingTable } from './column-edits.js';

export const addingSerialPrimaryKeyField: LintRule = {
  id: 'adding-serial-primary-key-field',
  origin: 'squawk',
  level: 'warning',
  docs: 'Adding a primary key to an existing table builds its unique index under an ACCESS EXCLUSIVE lock, blocking every read and write for the whole build (and a `serial` column added with it rewrites the table). Build a unique index `CONCURRENTLY`, then `ADD CONSTRAINT ... PRIMARY KEY USING INDEX`.',
  check: (statement, context) => {
    const altered = alterationsOfExistingTable(statement, context);
    return (altered?.commands ?? []).flatMap((cmd) => {
      return addedConstraints(cmd).flatMap((constraint) =>
        constraint.contype === 'CONSTR_PRIMARY' && constraint.indexname === undefined
          ? [{ message: `the primary key of ${altered!.table} builds its index under an ACCESS EXCLUSIVE lock: reads and writes block until it is done`, ...(constraint.location !== undefined ? { offset: constraint.location } : {}) }]
          : [],
      );
    });
  },
};
