import type { LintRule } from '../lint-rule.js';
import { calledFunctions } from '../statement-node.js';
import { addedColumns } from './column-edits.js';

/** Functions PostgreSQL marks STABLE or IMMUTABLE that people use as defaults: evaluated once, stored, no rewrite. */
const NON_VOLATILE_FUNCTIONS = new Set(['now', 'statement_timestamp', 'transaction_timestamp', 'current_date', 'current_timestamp', 'localtimestamp', 'lower', 'upper', 'coalesce', 'jsonb_build_object', 'jsonb_build_array', 'json_build_object', 'to_jsonb', 'array_fill', 'make_interval', 'make_date', 'date_trunc', 'concat', 'length', 'abs', 'round']);

/** Functions PostgreSQL marks VOLATILE that people use as defaults; a volatile default rewrites the whole table. */
const VOLATILE_FUNCTIONS = new Set(['random', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'clock_timestamp', 'timeofday', 'nextval', 'txid_current', 'setseed']);

export const addingFieldWithDefault: LintRule = {
  id: 'adding-field-with-default',
  origin: 'squawk',
  level: 'warning',
  docs: 'Since PostgreSQL 11 a constant or stable default is stored once, but a VOLATILE default (`gen_random_uuid()`, `random()`, `clock_timestamp()`, `nextval`) is evaluated per row: the table is rewritten under an ACCESS EXCLUSIVE lock. A STORED generated column is computed for every row the same way (a PostgreSQL 18 VIRTUAL one is not). Before PostgreSQL 11 (`--pg-version`) any default rewrites. Add the column without a default, set the default, backfill in batches.',
  check: (statement, context) =>
    addedColumns(statement, context).flatMap(({ table, column }) =>
      (column.constraints ?? []).flatMap((constraint) => {
        const node = constraint.Constraint;
        const at = node?.location !== undefined ? { offset: node.location } : {};
        const name = `${table}.${column.colname ?? '?'}`;
        if (node?.contype === 'CONSTR_GENERATED' && node.generated_kind !== 'v') {
          return [{ message: `${name} is added as a STORED generated column: every row is computed and the table is rewritten under an ACCESS EXCLUSIVE lock`, ...at }];
        }
        if (node?.contype !== 'CONSTR_DEFAULT') return [];
        if (context.pgVersion < 11) return [{ message: `${name} is added with a default: before PostgreSQL 11 the table is rewritten under an ACCESS EXCLUSIVE lock`, ...at }];
        if (context.measured) {
          // Measured on PGlite: the default rewrote the table (a new relfilenode) or it did not.
          return context.measured.rewritten.includes(table) ? [{ message: `${name} is added with a volatile default: measured on PGlite, ${table} is rewritten under an ACCESS EXCLUSIVE lock`, ...at }] : [];
        }
        const called = calledFunctions(node.raw_expr).map((fn) => fn.split('.').at(-1) ?? fn);
        const volatile = called.find((fn) => VOLATILE_FUNCTIONS.has(fn));
        if (volatile !== undefined) return [{ message: `${name} is added with the volatile default ${volatile}(): the table is rewritten under an ACCESS EXCLUSIVE lock`, ...at }];
        // Without a base to measure on, a function Ripple does not know may be volatile (squawk reads it so too).
        const unknown = called.find((fn) => !NON_VOLATILE_FUNCTIONS.has(fn));
        if (unknown === undefined) return [];
        return [{ message: `${name} is added with the default ${unknown}(), which may be volatile: if it is, the table is rewritten under an ACCESS EXCLUSIVE lock`, ...at }];
      }),
    ),
};
