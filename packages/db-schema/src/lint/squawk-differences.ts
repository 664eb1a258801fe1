/**
 * Why Ripple reports something squawk does not, or the other way round, on the side-by-side cases: keyed by
 * `squawk-only RULE` / `ripple-only RULE` for every case, or `CASE-FILE squawk-only RULE` for one case. A difference
 * with no reason here is `UNEXPLAINED`, and the side-by-side test fails on it.
 */
const TIMEOUTS =
  'Ripple asks for the timeout only before a statement that takes a lock blocking reads or writes (SHARE or stronger; measured in pg_locks when there is a base) on a table that exists before the file. squawk asks before any DDL: CREATE/DROP INDEX, REINDEX and DETACH PARTITION CONCURRENTLY (SHARE UPDATE EXCLUSIVE: no query queues behind it, and a statement_timeout would abort a concurrent build half way and leave an invalid index), CREATE TYPE/DOMAIN/VIEW, COMMENT ON, ALTER TYPE ADD VALUE, LOCK ... ACCESS SHARE, DROP DATABASE, and statements on tables the same file creates (empty, and unknown to any other session until the file commits or at least until they are used).';
const NEW_TABLE = 'The table is created earlier in the same file: it is empty, so validating or indexing it scans nothing and blocks no one. Ripple exempts every table the file creates; squawk only those created inside a transaction (BEGIN or --assume-in-transaction).';
const PARSE = 'PostgreSQL\'s grammar rejects `int array[]`: Ripple (libpg-query, PostgreSQL\'s own parser) reports the syntax error with its line and column and exits 2; squawk\'s tolerant parser lints the rest.';
const MEASURED_NO_REWRITE = 'Measured on PGlite against the base schema (a transaction rolled back): the table and its indexes kept their relfilenode, so the type change is metadata-only; it still takes ACCESS EXCLUSIVE briefly, which require-lock-timeout covers. squawk reports every type change.';

export const SQUAWK_DIFFERENCES: Readonly<Record<string, string>> = {
  'squawk-only require-lock-timeout': TIMEOUTS,
  'squawk-only disallowed-unique-constraint': NEW_TABLE,
  'squawk-only require-concurrent-index-creation': NEW_TABLE,
  'squawk-only ban-drop-table': 'The table is created earlier in the same file: dropping it loses no data anyone had and breaks no deployed reader.',
  'squawk-only require-statement-timeout': TIMEOUTS,
  'squawk-only constraint-missing-not-valid':
    'NOT VALID exists only for foreign keys and CHECK constraints (PostgreSQL refuses it on UNIQUE and PRIMARY KEY): Ripple reports those as disallowed-unique-constraint and adding-serial-primary-key-field, whose advice (an index built CONCURRENTLY, then USING INDEX) works.',
  'fixtures/lint/squawk-cases/adding-foreign-key-constraint/alter-table-foreign-key-assume-transaction.sql squawk-only constraint-missing-not-valid': NEW_TABLE,
  'fixtures/lint/squawk-cases/adding-foreign-key-constraint/alter-table-foreign-key-assume-transaction.sql squawk-only adding-foreign-key-constraint': NEW_TABLE,
  'fixtures/lint/squawk-cases/adding-field-with-default/default-random-with-args-err.sql squawk-only adding-field-with-default':
    'now() takes no argument: PostgreSQL refuses now(123) before any default is stored. Ripple knows now() is STABLE (no rewrite); squawk treats any call with arguments as possibly volatile.',
  'fixtures/lint/held-in/virtual-generated-column/change.sql squawk-only adding-field-with-default':
    'A PostgreSQL 18 VIRTUAL generated column is computed when read: adding one stores nothing and rewrites nothing. squawk reports every generated column; Ripple only STORED ones.',
  'fixtures/lint/squawk-cases/ban-char-field/fix-char-with-length.sql squawk-only ban-char-field':
    'Quoted "char" is PostgreSQL\'s internal one-byte type, not the blank-padded char(n) the rule is about.',
  'fixtures/lint/squawk-cases/ban-char-field/fix-char-with-length-2.sql squawk-only ban-char-field':
    'Quoted "character" names no type (only the unquoted keyword means char(n)): PostgreSQL refuses the statement.',
  'squawk-only ban-duplicate-column-assignments':
    'Not covered yet by Ripple\'s rule: MERGE, the column names of CREATE VIEW, and a whole-column assignment beside a field assignment of the same column (`a = ..., a.x = ...`). PostgreSQL refuses each, so `ripple lint --repo` reports it as new-migration-fails.',
  'fixtures/lint/held-in/knex-alter/change.sql squawk-only changing-column-type': MEASURED_NO_REWRITE,
  'fixtures/lint/held-in/numeric-precision/change.sql squawk-only changing-column-type': MEASURED_NO_REWRITE,
  'fixtures/lint/held-in/varchar-to-text/change.sql squawk-only changing-column-type': MEASURED_NO_REWRITE,
  'fixtures/lint/held-in/varchar-widening/change.sql squawk-only changing-column-type': MEASURED_NO_REWRITE,
  'fixtures/lint/held-in/attach-partition/change.sql squawk-only constraint-missing-not-valid': NEW_TABLE,
  'fixtures/lint/squawk-cases/prefer-text-field/create-table-with-pgcatalog-varchar-err.sql squawk-only prefer-timestamp-tz':
    'The table has no timestamp column: squawk 2.66 reports prefer-timestamp-tz for the pg_catalog-qualified varchar(100) (a false positive).',
  'fixtures/lint/squawk-cases/require-lock-timeout/err-reindex-concurrently-false-uses-non-concurrent-lock.sql ripple-only require-concurrent-reindex':
    'REINDEX (CONCURRENTLY false) is a plain REINDEX, which blocks writes; squawk takes the option\'s presence for CONCURRENTLY (its require-lock-timeout message on the same case says the lock is the non-concurrent one).',
  'fixtures/lint/squawk-cases/ban-char-field/all-the-types.sql squawk-only ban-char-field': PARSE,
  'fixtures/lint/squawk-cases/ban-char-field/all-the-types.sql squawk-only prefer-bigint-over-int': PARSE,
  'fixtures/lint/squawk-cases/ban-char-field/all-the-types.sql squawk-only prefer-identity': PARSE,
  'fixtures/lint/squawk-cases/ban-char-field/all-the-types.sql squawk-only prefer-robust-stmts': PARSE,
};
