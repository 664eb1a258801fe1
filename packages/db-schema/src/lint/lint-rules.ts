import type { LintRule } from './lint-rule.js';
import { addingFieldWithDefault } from './rules/adding-field-with-default.js';
import { addingForeignKeyConstraint } from './rules/adding-foreign-key-constraint.js';
import { addingNotNullableField } from './rules/adding-not-nullable-field.js';
import { addingRequiredField } from './rules/adding-required-field.js';
import { addingSerialPrimaryKeyField } from './rules/adding-serial-primary-key-field.js';
import { backfillWithSchemaChange } from './rules/backfill-with-schema-change.js';
import { banAlterDomainWithAddConstraint } from './rules/ban-alter-domain-with-add-constraint.js';
import { banCharField } from './rules/ban-char-field.js';
import { banConcurrentIndexCreationInTransaction } from './rules/ban-concurrent-index-creation-in-transaction.js';
import { banCreateDomainWithConstraint } from './rules/ban-create-domain-with-constraint.js';
import { banDropColumn } from './rules/ban-drop-column.js';
import { banDropDatabase } from './rules/ban-drop-database.js';
import { banDropNotNull } from './rules/ban-drop-not-null.js';
import { banDropTable } from './rules/ban-drop-table.js';
import { banDuplicateColumnAssignments } from './rules/ban-duplicate-column-assignments.js';
import { banTruncateCascade } from './rules/ban-truncate-cascade.js';
import { banUncommittedTransaction } from './rules/ban-uncommitted-transaction.js';
import { changingColumnType } from './rules/changing-column-type.js';
import { concurrentlyInRunnerTransaction } from './rules/concurrently-in-runner-transaction.js';
import { constraintMissingNotValid } from './rules/constraint-missing-not-valid.js';
import { disallowedUniqueConstraint } from './rules/disallowed-unique-constraint.js';
import { identifierTooLong } from './rules/identifier-too-long.js';
import { indexOnManyColumns } from './rules/index-on-many-columns.js';
import { migrationMissingDown } from './rules/migration-missing-down.js';
import { preferBigintOverInt } from './rules/prefer-bigint-over-int.js';
import { preferBigintOverSmallint } from './rules/prefer-bigint-over-smallint.js';
import { preferIdentity } from './rules/prefer-identity.js';
import { preferJsonb } from './rules/prefer-jsonb.js';
import { preferRepack } from './rules/prefer-repack.js';
import { preferRobustStmts } from './rules/prefer-robust-stmts.js';
import { preferTextField } from './rules/prefer-text-field.js';
import { preferTimestampTz } from './rules/prefer-timestamp-tz.js';
import { renamingColumn } from './rules/renaming-column.js';
import { renamingTable } from './rules/renaming-table.js';
import { requireConcurrentIndexCreation } from './rules/require-concurrent-index-creation.js';
import { requireConcurrentIndexDeletion } from './rules/require-concurrent-index-deletion.js';
import { requireConcurrentPartitionDetach } from './rules/require-concurrent-partition-detach.js';
import { requireConcurrentReindex } from './rules/require-concurrent-reindex.js';
import { requireEnumValueOrdering } from './rules/require-enum-value-ordering.js';
import { requireLockTimeout } from './rules/require-lock-timeout.js';
import { requireStatementTimeout } from './rules/require-statement-timeout.js';
import { requireTableSchema } from './rules/require-table-schema.js';
import { transactionNesting } from './rules/transaction-nesting.js';

/**
 * Every migration lint rule, sorted by id: squawk's 38 rules under squawk's current ids, strong_migrations' checks
 * squawk lacks, and Ripple's own. Adding a rule adds a file under `rules/` and one line here.
 */
export const LINT_RULES: readonly LintRule[] = [
  addingFieldWithDefault,
  addingForeignKeyConstraint,
  addingNotNullableField,
  addingRequiredField,
  addingSerialPrimaryKeyField,
  backfillWithSchemaChange,
  banAlterDomainWithAddConstraint,
  banCharField,
  banConcurrentIndexCreationInTransaction,
  banCreateDomainWithConstraint,
  banDropColumn,
  banDropDatabase,
  banDropNotNull,
  banDropTable,
  banDuplicateColumnAssignments,
  banTruncateCascade,
  banUncommittedTransaction,
  changingColumnType,
  concurrentlyInRunnerTransaction,
  constraintMissingNotValid,
  disallowedUniqueConstraint,
  identifierTooLong,
  indexOnManyColumns,
  migrationMissingDown,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferJsonb,
  preferRepack,
  preferRobustStmts,
  preferTextField,
  preferTimestampTz,
  renamingColumn,
  renamingTable,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentPartitionDetach,
  requireConcurrentReindex,
  requireEnumValueOrdering,
  requireLockTimeout,
  requireStatementTimeout,
  requireTableSchema,
  transactionNesting,
];

/** The rules that run unless asked otherwise: all but the opt-in ones (squawk's `--include`). */
export const DEFAULT_LINT_RULES: readonly LintRule[] = LINT_RULES.filter((rule) => rule.optIn !== true);

/** A rule id, or one of its former ids, to the rules it names (`require-timeout-settings` names two). */
export function rulesNamed(id: string): LintRule[] {
  return LINT_RULES.filter((rule) => rule.id === id || (rule.formerIds ?? []).includes(id));
}
