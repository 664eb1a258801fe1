import type { LintRule } from '../lint-rule.js';
import { calledFunctions } from '../statement-node.js';
import { addedColumns } from './column-edits.js';

/** Functions PostgreSQL marks VOLATILE that people use as defaults; a volatile default rewrites the whole table. */
const VOLATILE_FUNCTIONS = new Set(['random', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'clock_timestamp', 'timeofday', 'nextval', 'txid_current', 'setseed']);

export const addingFieldWithDefault: LintRule = {
  id: 'adding-field-with-default',
  level: 'warning',
  docs: 'Since PostgreSQL 11 a constant or stable default is stored once, but a VOLATILE default (`gen_random_uuid()`, `random()`, `clock_timestamp()`, `nextval`) is evaluated per row: the table is rewritten under an ACCESS EXCLUSIVE lock. Add the column without a default, set the default, backfill in batches.',
  check: (statement, context) =>
    addedColumns(statement, context).flatMap(({ table, column }) =>
      (column.constraints ?? []).flatMap((constraint) => {
        if (constraint.Constraint?.contype !== 'CONSTR_DEFAULT') return [];
        const volatile = calledFunctions(constraint.Constraint.raw_expr).filter((name) => VOLATILE_FUNCTIONS.has(name.split('.').at(-1) ?? name));
        if (volatile.length === 0) return [];
        return [{
          message: `${table}.${column.colname ?? '?'} is added with the volatile default ${volatile[0]}(): the table is rewritten under an ACCESS EXCLUSIVE lock`,
          ...(constraint.Constraint.location !== undefined ? { offset: constraint.Constraint.location } : {}),
        }];
      }),
    ),
};
