import type { LintRule } from '../lint-rule.js';
import { addedColumns, hasConstraint } from './column-edits.js';

export const addingRequiredField: LintRule = {
  id: 'adding-required-field',
  origin: 'squawk',
  level: 'error',
  docs: 'Adding a `NOT NULL` column without a default to an existing table fails as soon as the table has a row, and every writer that does not set the column breaks. Add it nullable (or with a non-volatile default), backfill, then `SET NOT NULL` through a `NOT VALID` check constraint.',
  check: (statement, context) =>
    addedColumns(statement, context).flatMap(({ table, column }) =>
      hasConstraint(column, 'CONSTR_NOTNULL') && !hasConstraint(column, 'CONSTR_DEFAULT') && !hasConstraint(column, 'CONSTR_GENERATED') && !hasConstraint(column, 'CONSTR_IDENTITY')
        ? [{ message: `${table}.${column.colname ?? '?'} is added NOT NULL without a default: the migration fails on a non-empty table, and writers that omit it break`, ...(column.location !== undefined ? { offset: column.location } : {}) }]
        : [],
    ),
};
