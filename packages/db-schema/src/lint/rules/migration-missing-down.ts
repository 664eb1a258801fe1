import type { LintRule } from '../lint-rule.js';

export const migrationMissingDown: LintRule = {
  id: 'migration-missing-down',
  origin: 'ripple',
  level: 'warning',
  docs: 'The repository keeps down migrations, but this one has none: it cannot be rolled back by the migration tool, and a CI rehearsal cannot simulate the rollback. Write the down (it may restore structure, not dropped data: say so in it).',
  checkMigration: (migration, repository) =>
    migration.down === undefined && repository.some((other) => other.file !== migration.file && other.down !== undefined)
      ? [{ message: `${migration.file} has no down migration, unlike the others: it cannot be rolled back` }]
      : [],
};
