import type { LintRule } from '../lint-rule.js';
import { qualifiedTable, type ExpressionNode } from '../statement-node.js';

/** The column of a `col IS NOT NULL` expression, if that is what it is. */
function notNullColumn(expression: ExpressionNode | undefined): string | undefined {
  const test = expression?.['NullTest'] as { nulltesttype?: string; arg?: { ColumnRef?: { fields?: readonly { String?: { sval: string } }[] } } } | undefined;
  const fields = test?.nulltesttype === 'IS_NOT_NULL' ? test.arg?.ColumnRef?.fields : undefined;
  return fields?.length === 1 ? fields[0]?.String?.sval : undefined;
}

export const addingNotNullableField: LintRule = {
  id: 'adding-not-nullable-field',
  origin: 'squawk',
  level: 'warning',
  docs: '`ALTER COLUMN ... SET NOT NULL` scans the whole table under an ACCESS EXCLUSIVE lock. Add `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` (a weaker lock), then `SET NOT NULL` (PostgreSQL 12+ uses the check and skips the scan), then drop the check. From PostgreSQL 12 (`--pg-version`), a `SET NOT NULL` after the `VALIDATE CONSTRAINT` of that column\'s `IS NOT NULL` check earlier in the file (or of a check an earlier migration added) is that pattern and passes.',
  checkStatements: (statements, settings) => {
    // `CHECK (col IS NOT NULL) NOT VALID` constraints by name, the columns whose one was validated, and the tables
    // where a constraint added by an earlier migration was validated (the cross-migration form of the pattern).
    const notNullChecks = new Map<string, string>();
    const validated = new Set<string>();
    const validatedElsewhere = new Set<string>();
    return statements.flatMap(({ node, context }, index) => {
      const alter = node.AlterTableStmt;
      if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')) return [];
      const table = qualifiedTable(alter.relation);
      return (alter.cmds ?? []).flatMap((item) => {
        const cmd = item.AlterTableCmd;
        const check = cmd?.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
        const checked = check?.contype === 'CONSTR_CHECK' && check.skip_validation ? notNullColumn(check.raw_expr) : undefined;
        if (checked !== undefined && check?.conname !== undefined) notNullChecks.set(check.conname, `${table}.${checked}`);
        if (cmd?.subtype === 'AT_ValidateConstraint' && cmd.name !== undefined) {
          const column = notNullChecks.get(cmd.name);
          if (column === undefined) validatedElsewhere.add(table);
          else validated.add(column);
        }
        const proven = validated.has(`${table}.${cmd?.name ?? ''}`) || validatedElsewhere.has(table);
        if (cmd?.subtype !== 'AT_SetNotNull' || !context.isExistingTable(table) || (settings.pgVersion >= 12 && proven)) return [];
        return [{ index, message: `${table}.${cmd.name ?? '?'} SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock` }];
      });
    });
  },
};
