import type { LintHit, LintRule } from '../lint-rule.js';
import { transactionBoundary, type StatementNode } from '../statement-node.js';

const IF_NOT_EXISTS = 'missing IF NOT EXISTS: the migration cannot be rerun after it fails part way';
const IF_EXISTS = 'missing IF EXISTS: the migration cannot be rerun after it fails part way';
const NO_TRANSACTION = 'outside a transaction: the migration cannot be rerun after it fails part way';

export const preferRobustStmts: LintRule = {
  id: 'prefer-robust-stmts',
  origin: 'squawk',
  level: 'info',
  docs: 'A migration that runs outside a transaction and fails half way leaves the statements before the failure applied; rerunning it then fails on them. Write each statement so it can run twice (`IF NOT EXISTS`, `IF EXISTS`), or run the file in a transaction (`--assume-in-transaction` when the tool does). `CREATE INDEX CONCURRENTLY` runs outside any transaction, so it always needs `IF NOT EXISTS`.',
  checkStatements: (statements) => {
    const dropped = new Map<string, 'dropped' | 'added'>();
    return statements.flatMap(({ node, context }, index) =>
      robustnessProblems(node, context.inAnyTransaction || transactionBoundary(node) === 'begin', dropped).map((hit) => ({ ...hit, index })),
    );
  },
};

/**
 * What cannot run twice in one statement. `dropped` holds the constraint names dropped earlier (`DROP CONSTRAINT IF
 * EXISTS` then `ADD CONSTRAINT` is rerunnable, and so is validating it); a second add of the name is reported.
 */
function robustnessProblems(node: StatementNode, inTransaction: boolean, dropped: Map<string, 'dropped' | 'added'>): LintHit[] {
  if (node.AlterTableStmt) {
    return (node.AlterTableStmt.cmds ?? []).flatMap((item) => {
      const cmd = item.AlterTableCmd;
      if (!cmd) return [];
      if (cmd.subtype === 'AT_DropConstraint' && cmd.name !== undefined) dropped.set(cmd.name, 'dropped');
      if (inTransaction) return [];
      const at = cmd.def?.ColumnDef?.location ?? cmd.def?.Constraint?.location;
      const offset = at !== undefined ? { offset: at } : {};
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          return cmd.missing_ok ? [] : [{ message: `ADD COLUMN ${cmd.def?.ColumnDef?.colname ?? ''} ${IF_NOT_EXISTS}`, ...offset }];
        case 'AT_DropColumn':
        case 'AT_DropConstraint':
          return cmd.missing_ok ? [] : [{ message: `DROP ${cmd.subtype === 'AT_DropColumn' ? 'COLUMN' : 'CONSTRAINT'} ${cmd.name ?? ''} ${IF_EXISTS}` }];
        case 'AT_AddConstraint': {
          const name = cmd.def?.Constraint?.conname;
          if (name !== undefined && dropped.get(name) === 'dropped') {
            dropped.set(name, 'added');
            return [];
          }
          return [{ message: `ADD CONSTRAINT ${name ?? ''} ${NO_TRANSACTION}`, ...offset }];
        }
        case 'AT_ValidateConstraint':
          return cmd.name !== undefined && dropped.has(cmd.name) ? [] : [{ message: `VALIDATE CONSTRAINT ${cmd.name ?? ''} ${NO_TRANSACTION}` }];
        default:
          return [{ message: `ALTER TABLE ${NO_TRANSACTION}` }];
      }
    });
  }
  const index = node.IndexStmt;
  if (index && !index.if_not_exists && index.idxname !== undefined && (index.concurrent || !inTransaction)) return [{ message: `CREATE INDEX ${index.idxname} ${IF_NOT_EXISTS}` }];
  if (inTransaction) return [];
  const create = node.CreateStmt;
  // A temporary table dropped at commit cannot be left behind by a failure.
  if (create && !create.if_not_exists && !(create.relation.relpersistence === 't' && create.oncommit === 'ONCOMMIT_DROP')) return [{ message: `CREATE TABLE ${create.relation.relname} ${IF_NOT_EXISTS}` }];
  const rename = node.RenameStmt;
  if (rename && (rename.renameType === 'OBJECT_TABLE' || rename.renameType === 'OBJECT_COLUMN')) return [{ message: `RENAME ${NO_TRANSACTION}` }];
  const drop = node.DropStmt;
  if (drop && !drop.missing_ok && (drop.removeType === 'OBJECT_TABLE' || drop.removeType === 'OBJECT_INDEX' || drop.removeType === 'OBJECT_TYPE')) {
    return [{ message: `DROP ${drop.removeType.slice('OBJECT_'.length)} ${IF_EXISTS}` }];
  }
  return [];
}
