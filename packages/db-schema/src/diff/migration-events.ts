import { parseSync } from 'libpg-query';
import type { Location, TableSnapshot } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';

/** What one migration statement does to a column or table, read from its AST. */
export type MigrationEvent =
  | { readonly kind: 'rename-column'; readonly table: TableName; readonly column: string; readonly newName: string; readonly at: MigrationStatement }
  | { readonly kind: 'rename-table'; readonly table: TableName; readonly newName: string; readonly at: MigrationStatement }
  | { readonly kind: 'drop-table'; readonly table: TableName; readonly at: MigrationStatement }
  | { readonly kind: ColumnCommandKind; readonly table: TableName; readonly column: string; readonly at: MigrationStatement }
  /** `ADD CONSTRAINT` (`name` undefined when the statement leaves the name to PostgreSQL) and `DROP CONSTRAINT`. */
  | { readonly kind: 'add-constraint' | 'drop-constraint'; readonly table: TableName; readonly name: string | undefined; readonly at: MigrationStatement }
  /** `CREATE INDEX` names its table; `DROP INDEX` only the index. */
  | { readonly kind: 'create-index' | 'drop-index'; readonly table: TableName | undefined; readonly name: string; readonly at: MigrationStatement };

export type ColumnCommandKind =
  | 'add-column'
  | 'drop-column'
  | 'alter-type'
  | 'alter-nullability'
  | 'alter-default'
  | 'alter-identity'
  | 'alter-generated';

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
  AT_AddIdentity: 'alter-identity',
  AT_SetIdentity: 'alter-identity',
  AT_DropIdentity: 'alter-identity',
  AT_SetExpression: 'alter-generated',
  AT_DropExpression: 'alter-generated',
};

/**
 * The column, table, constraint and index events of the migrations' up statements, in order: `RenameStmt` (column,
 * table), `AlterTableStmt` commands, `IndexStmt`, `DropStmt` of tables and indexes. libpg-query must be loaded (`loadMigrations` does it); a
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
    return (alter.cmds ?? []).flatMap(({ AlterTableCmd: cmd }): MigrationEvent[] => {
      if (cmd?.subtype === 'AT_AddConstraint') return [{ kind: 'add-constraint', table, name: cmd.def?.Constraint?.conname, at }];
      if (cmd?.subtype === 'AT_DropConstraint' && cmd.name) return [{ kind: 'drop-constraint', table, name: cmd.name, at }];
      const kind = cmd?.subtype ? COLUMN_COMMANDS[cmd.subtype] : undefined;
      const column = cmd?.name ?? cmd?.def?.ColumnDef?.colname;
      return kind && column ? [{ kind, table, column, at }] : [];
    });
  }
  const index = stmt['IndexStmt'] as { idxname?: string; relation?: RangeVarJson } | undefined;
  if (index?.idxname && index.relation?.relname) return [{ kind: 'create-index', table: tableName(index.relation), name: index.idxname, at }];
  const drop = stmt['DropStmt'] as { removeType?: string; objects?: readonly { List?: { items?: readonly { String?: { sval?: string } }[] } }[] } | undefined;
  if (drop?.removeType === 'OBJECT_TABLE' || drop?.removeType === 'OBJECT_INDEX') {
    return (drop.objects ?? []).flatMap((object): MigrationEvent[] => {
      const parts = (object.List?.items ?? []).map((item) => item.String?.sval ?? '');
      const name = parts[parts.length - 1];
      if (!name) return [];
      if (drop.removeType === 'OBJECT_INDEX') return [{ kind: 'drop-index', table: undefined, name, at }];
      return [{ kind: 'drop-table', table: { schema: parts.length > 1 ? parts[parts.length - 2] : undefined, name }, at }];
    });
  }
  return [];
}

interface AlterTableCmdJson {
  readonly subtype?: string;
  readonly name?: string;
  readonly def?: { readonly ColumnDef?: { readonly colname?: string }; readonly Constraint?: { readonly conname?: string } };
}

function tableName(relation: RangeVarJson): TableName {
  return { schema: relation.schemaname, name: relation.relname ?? '' };
}

/** The first event on `table` (under any of `tableNames`) that passes `test`. */
export function findEvent(
  events: readonly MigrationEvent[],
  table: TableSnapshot,
  tableNames: readonly string[],
  test: (event: MigrationEvent) => boolean,
): MigrationEvent | undefined {
  return events.find((event) => namesTable(event.table, table, tableNames) && test(event));
}

export function namesTable(name: TableName | undefined, table: TableSnapshot, tableNames: readonly string[]): boolean {
  return name !== undefined && (name.schema === undefined || name.schema === table.schema) && tableNames.includes(name.name);
}

/** The location of the statement that makes a change, as a spread: `{}` when no statement was found. */
export function located(event: MigrationEvent | undefined): { migration?: Location } {
  return event ? { migration: { file: event.at.file, line: event.at.line } } : {};
}
