import type { LintRule } from './lint-rule.js';
import { addingFieldWithDefault } from './rules/adding-field-with-default.js';
import { addingNotNullableField } from './rules/adding-not-nullable-field.js';
import { addingRequiredField } from './rules/adding-required-field.js';
import { banCharField } from './rules/ban-char-field.js';
import { banDropColumn } from './rules/ban-drop-column.js';
import { banDropTable } from './rules/ban-drop-table.js';
import { changingColumnType } from './rules/changing-column-type.js';
import { constraintMissingNotValid } from './rules/constraint-missing-not-valid.js';
import { disallowedUniqueConstraint } from './rules/disallowed-unique-constraint.js';
import { migrationMissingDown } from './rules/migration-missing-down.js';
import { preferBigintOverInt } from './rules/prefer-bigint-over-int.js';
import { preferIdentity } from './rules/prefer-identity.js';
import { preferTextField } from './rules/prefer-text-field.js';
import { preferTimestamptz } from './rules/prefer-timestamptz.js';
import { renamingColumn } from './rules/renaming-column.js';
import { renamingTable } from './rules/renaming-table.js';
import { requireConcurrentIndexCreation } from './rules/require-concurrent-index-creation.js';
import { requireConcurrentIndexDeletion } from './rules/require-concurrent-index-deletion.js';
import { requireTimeoutSettings } from './rules/require-timeout-settings.js';

/** Every migration lint rule, sorted by id. Adding a rule adds a file under `rules/` and one line here. */
export const LINT_RULES: readonly LintRule[] = [
  addingFieldWithDefault,
  addingNotNullableField,
  addingRequiredField,
  banCharField,
  banDropColumn,
  banDropTable,
  changingColumnType,
  constraintMissingNotValid,
  disallowedUniqueConstraint,
  migrationMissingDown,
  preferBigintOverInt,
  preferIdentity,
  preferTextField,
  preferTimestamptz,
  renamingColumn,
  renamingTable,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireTimeoutSettings,
];
