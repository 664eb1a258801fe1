import { parseSync } from 'libpg-query';
import type { Migration, MigrationStatement } from '../migrations/migration.js';

/** What one migration statement does to a column or table, read from its AST. */
export type MigrationEvent =
  | { readonly kind: 'rename-column'; readonly table: TableName; readonly column: string; readonly newName: string; readonly at: MigrationStatement }
  | { readonly kind: 'rename-table'; readonly table: TableName; readonly newName: string; readonly at: MigrationStatement }
  | { readonly kind: 'drop-table'; readonly table: TableName; readonly at: MigrationStatement }
  | { readonly kind: ColumnCommandKind; readonly table: TableName; readonly column: string; readonly at: MigrationStatement };

export type ColumnCommandKind = 'add-column' | 'drop-column' | 'alter-type' | 'alter-nullability' | 'alter-default';

/** A table as a statement names it; `schema` is undefined when the statement leaves it to the search path. */
export interface TableName {
  readonly schema: string | undefined;
  readonly name: string;
}

const COLUMN_COMMANDS: Readonly<Record<string, ColumnCommandKind>> = {
  AT_AddColumn: 'add-column',
  AT_DropColumn: 'drop-column',
  AT_AlterColumnType: 'alter-type',
  AT_SetNotNull: 'alter-nullability',
  AT_DropNotNull: 'alter-nullability',
  AT_ColumnDefault: 'alter-default',
};

/**
 * The column and table events of the migrations' up statements, in order: `RenameStmt` (column, table),
 * `AlterTableStmt` commands, `DropStmt` of tables. libpg-query must be loaded (`loadMigrations` does it); a
 * statement that does not parse contributes nothing.
 */
export function migrationEvents(migrations: readonly Migration[]): MigrationEvent[] {
  const events: MigrationEvent[] = [];
  for (const statement of migrations.flatMap((migration) => migration.up)) {
    let stmts: readonly { stmt?: Record<string, unknown> }[];
    try {
      stmts = (parseSync(statement.sql).stmts ?? []) as typeof stmts;
    } catch {
      continue;
    }
    for (const { stmt } of stmts) events.push(...statementEvents(stmt ?? {}, statement));
  }
  return events;
}

interface RangeVarJson {
  readonly schemaname?: string;
  readonly relname?: string;
}

function statementEvents(stmt: Record<string, unknown>, at: MigrationStatement): MigrationEvent[] {
  const rename = stmt['RenameStmt'] as
    | { renameType?: string; relation?: RangeVarJson; subname?: string; newname?: string }
    | undefined;
  if (rename?.relation?.relname && rename.newname) {
    const table = tableName(rename.relation);
    if (rename.renameType === 'OBJECT_COLUMN' && rename.subname) {
      return [{ kind: 'rename-column', table, column: rename.subname, newName: rename.newname, at }];
    }
    if (rename.renameType === 'OBJECT_TABLE') return [{ kind: 'rename-table', table, newName: rename.newname, at }];
    return [];
  }
  const alter = stmt['AlterTableStmt'] as { relation?: RangeVarJson; cmds?: readonly { AlterTableCmd?: AlterTableCmdJson }[] } | undefined;
  if (alter?.relation?.relname) {
    const table = tableName(alter.relation);
    return (alter.cmds ?? []).flatMap(({ AlterTableCmd: cmd }) => {
      const kind = cmd?.subtype ? COLUMN_COMMANDS[cmd.subtype] : undefined;
      const column = cmd?.name ?? cmd?.def?.ColumnDef?.colname;
      return kind && column ? [{ kind, table, column, at }] : [];
    });
  }
  const drop = stmt['DropStmt'] as { removeType?: string; objects?: readonly { List?: { items?: readonly { String?: { sval?: string } }[] } }[] } | undefined;
  if (drop?.removeType === 'OBJECT_TABLE') {
    return (drop.objects ?? []).flatMap((object) => {
      const parts = (object.List?.items ?? []).map((item) => item.String?.sval ?? '');
      const name = parts[parts.length - 1];
      return name ? [{ kind: 'drop-table' as const, table: { schema: parts.length > 1 ? parts[parts.length - 2] : undefined, name }, at }] : [];
    });
  }
  return [];
}

interface AlterTableCmdJson {
  readonly subtype?: string;
  readonly name?: string;
  readonly def?: { readonly ColumnDef?: { readonly colname?: string } };
}

function tableName(relation: RangeVarJson): TableName {
  return { schema: relation.schemaname, name: relation.relname ?? '' };
}
