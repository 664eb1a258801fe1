import type { LintContext } from '../lint-rule.js';
import { qualifiedTable, type AlterTableCmd, type ColumnDef, type ConstraintNode, type StatementNode } from '../statement-node.js';

/** The `ALTER TABLE` commands of a statement that alters a table existing before the change. */
export function alterationsOfExistingTable(statement: StatementNode, context: LintContext): { readonly table: string; readonly commands: readonly AlterTableCmd[] } | undefined {
  const alter = statement.AlterTableStmt;
  if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')) return undefined;
  const table = qualifiedTable(alter.relation);
  if (!context.isExistingTable(table)) return undefined;
  return { table, commands: (alter.cmds ?? []).flatMap((cmd) => (cmd.AlterTableCmd ? [cmd.AlterTableCmd] : [])) };
}

/** Columns an `ALTER TABLE ... ADD COLUMN` adds to an existing table. */
export function addedColumns(statement: StatementNode, context: LintContext): { readonly table: string; readonly column: ColumnDef }[] {
  const altered = alterationsOfExistingTable(statement, context);
  if (!altered) return [];
  return altered.commands.flatMap((cmd) => (cmd.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef ? [{ table: altered.table, column: cmd.def.ColumnDef }] : []));
}

/** Columns a statement defines: in `CREATE TABLE`, `ADD COLUMN` and `ALTER COLUMN ... TYPE` (the type rules read them). */
export function definedColumns(statement: StatementNode): { readonly table: string; readonly column: ColumnDef }[] {
  if (statement.CreateStmt) {
    const table = qualifiedTable(statement.CreateStmt.relation);
    return (statement.CreateStmt.tableElts ?? []).flatMap((element) => (element.ColumnDef ? [{ table, column: element.ColumnDef }] : []));
  }
  if (statement.AlterTableStmt) {
    const table = qualifiedTable(statement.AlterTableStmt.relation);
    return (statement.AlterTableStmt.cmds ?? []).flatMap((cmd) =>
      (cmd.AlterTableCmd?.subtype === 'AT_AddColumn' || cmd.AlterTableCmd?.subtype === 'AT_AlterColumnType') && cmd.AlterTableCmd.def?.ColumnDef
        ? [{ table, column: { ...cmd.AlterTableCmd.def.ColumnDef, colname: cmd.AlterTableCmd.def.ColumnDef.colname ?? cmd.AlterTableCmd.name ?? '?' } }]
        : [],
    );
  }
  return [];
}

export function hasConstraint(column: ColumnDef, contype: string): boolean {
  return (column.constraints ?? []).some((constraint) => constraint.Constraint?.contype === contype);
}

/** The constraints an `ALTER TABLE` command adds: `ADD CONSTRAINT`'s, or those written on an `ADD COLUMN`. */
export function addedConstraints(cmd: AlterTableCmd): ConstraintNode[] {
  const constraints = cmd.subtype === 'AT_AddConstraint' ? [cmd.def?.Constraint] : cmd.subtype === 'AT_AddColumn' ? (cmd.def?.ColumnDef?.constraints ?? []).map((item) => item.Constraint) : [];
  return constraints.filter((constraint): constraint is ConstraintNode => constraint !== undefined);
}
