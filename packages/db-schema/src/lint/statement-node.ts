/**
 * The slice of libpg-query's JSON parse tree the lint rules read. Only the fields used are typed; the parser is
 * PostgreSQL's own, so the shapes are PostgreSQL's `parsenodes.h`.
 */
export interface RangeVar {
  readonly schemaname?: string;
  readonly relname: string;
  /** `p` permanent, `u` unlogged, `t` temporary. */
  readonly relpersistence?: string;
  readonly location?: number;
}

export interface TypeName {
  readonly names?: readonly { readonly String?: { readonly sval: string } }[];
  readonly typmods?: readonly unknown[];
  readonly arrayBounds?: readonly unknown[];
  readonly location?: number;
}

export interface ConstraintNode {
  readonly contype: string;
  readonly conname?: string;
  readonly raw_expr?: ExpressionNode;
  readonly skip_validation?: boolean;
  readonly indexname?: string;
  /** `s` stored, `v` virtual (PostgreSQL 18) for a generated column. */
  readonly generated_kind?: string;
  readonly pktable?: RangeVar;
  readonly keys?: NameList;
  readonly location?: number;
}

export interface ColumnDef {
  readonly colname?: string;
  readonly typeName?: TypeName;
  readonly constraints?: readonly { readonly Constraint?: ConstraintNode }[];
  readonly location?: number;
}

export type ExpressionNode = Readonly<Record<string, unknown>>;

export interface AlterTableCmd {
  readonly subtype: string;
  readonly name?: string;
  readonly missing_ok?: boolean;
  readonly def?: {
    readonly ColumnDef?: ColumnDef;
    readonly Constraint?: ConstraintNode;
    readonly PartitionCmd?: { readonly name?: RangeVar; readonly concurrent?: boolean };
  };
}

/** A list of names as the parser gives them: `[{ String: { sval: 'public' } }, { String: { sval: 'mood' } }]`. */
export type NameList = readonly { readonly String?: { readonly sval: string } }[];

export interface DefElem {
  readonly DefElem?: { readonly defname: string; readonly arg?: unknown; readonly location?: number };
}

/** One entry of a SET list or an INSERT column list: `a = 1` (`indirection` for `a.x = 1`, `a[1] = 1`). */
export interface ResTargetItem {
  readonly ResTarget?: { readonly name?: string; readonly indirection?: readonly unknown[]; readonly location?: number };
}

/** One statement: the single key of libpg-query's `stmt` object, e.g. `{ AlterTableStmt: {...} }`. */
export interface StatementNode {
  readonly AlterTableStmt?: { readonly relation: RangeVar; readonly cmds?: readonly { readonly AlterTableCmd?: AlterTableCmd }[]; readonly objtype?: string; readonly missing_ok?: boolean };
  readonly CreateStmt?: {
    readonly relation: RangeVar;
    readonly tableElts?: readonly { readonly ColumnDef?: ColumnDef; readonly Constraint?: ConstraintNode }[];
    readonly if_not_exists?: boolean;
    readonly oncommit?: string;
    readonly partbound?: unknown;
  };
  readonly IndexStmt?: {
    readonly relation: RangeVar;
    readonly idxname?: string;
    readonly concurrent?: boolean;
    readonly if_not_exists?: boolean;
    readonly unique?: boolean;
    readonly indexParams?: readonly unknown[];
    readonly indexIncludingParams?: readonly unknown[];
  };
  readonly DropStmt?: { readonly removeType: string; readonly objects?: readonly unknown[]; readonly concurrent?: boolean; readonly missing_ok?: boolean };
  readonly RenameStmt?: { readonly renameType: string; readonly relation?: RangeVar; readonly subname?: string; readonly newname: string };
  readonly VariableSetStmt?: { readonly kind: string; readonly name?: string; readonly is_local?: boolean };
  readonly TransactionStmt?: { readonly kind: string; readonly location?: number };
  readonly ReindexStmt?: { readonly kind: string; readonly relation?: RangeVar; readonly name?: string; readonly params?: readonly DefElem[] };
  readonly TruncateStmt?: { readonly relations?: readonly { readonly RangeVar?: RangeVar }[]; readonly behavior?: string };
  readonly AlterEnumStmt?: { readonly typeName?: NameList; readonly newVal?: string; readonly newValNeighbor?: string; readonly oldVal?: string };
  readonly CreateDomainStmt?: { readonly domainname?: NameList; readonly constraints?: readonly { readonly Constraint?: ConstraintNode }[] };
  readonly AlterDomainStmt?: { readonly subtype: string; readonly typeName?: NameList; readonly def?: { readonly Constraint?: ConstraintNode } };
  readonly UpdateStmt?: { readonly relation: RangeVar; readonly targetList?: readonly ResTargetItem[] };
  readonly InsertStmt?: { readonly relation: RangeVar; readonly cols?: readonly ResTargetItem[]; readonly onConflictClause?: { readonly targetList?: readonly ResTargetItem[] } };
  readonly CreateForeignTableStmt?: { readonly base?: NonNullable<StatementNode['CreateStmt']> };
  readonly DeleteStmt?: { readonly relation: RangeVar };
  readonly DropdbStmt?: { readonly dbname: string };
  readonly ClusterStmt?: { readonly relation?: RangeVar };
  readonly VacuumStmt?: { readonly options?: readonly DefElem[]; readonly rels?: readonly { readonly VacuumRelation?: { readonly relation?: RangeVar } }[]; readonly is_vacuumcmd?: boolean };
  readonly RefreshMatViewStmt?: { readonly relation: RangeVar; readonly concurrent?: boolean };
  readonly LockStmt?: { readonly relations?: readonly { readonly RangeVar?: RangeVar }[]; readonly mode?: number };
}

/** `schema.table`, `public` when unqualified. */
export function qualifiedTable(relation: RangeVar): string {
  return `${relation.schemaname ?? 'public'}.${relation.relname}`;
}

/** The type as written, without the `pg_catalog.` prefix the parser adds: `int4`, `varchar`, `timestamp`. */
export function typeNameOf(typeName: TypeName | undefined): string {
  const names = (typeName?.names ?? []).flatMap((name) => (name.String ? [name.String.sval] : []));
  return (names[0] === 'pg_catalog' ? names.slice(1) : names).join('.');
}

/** The dotted names of the objects of a DROP: `public.orders`, `orders_status_idx`. */
export function droppedObjectNames(objects: readonly unknown[] | undefined): string[] {
  return (objects ?? []).map((object) => {
    const items = (object as { List?: { items?: readonly { String?: { sval: string } }[] } }).List?.items ?? [];
    return items.flatMap((item) => (item.String ? [item.String.sval] : [])).join('.');
  });
}

/** The tables a `DROP TABLE` names, qualified (`public` when unqualified); nothing for other statements. */
export function droppedTables(statement: StatementNode): string[] {
  if (statement.DropStmt?.removeType !== 'OBJECT_TABLE') return [];
  return droppedObjectNames(statement.DropStmt.objects).map((name) => (name.includes('.') ? name : `public.${name}`));
}

/** Every function name called anywhere inside an expression tree. */
export function calledFunctions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(calledFunctions);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record['FuncCall']
    ? [
        ((record['FuncCall'] as { funcname?: readonly { String?: { sval: string } }[] }).funcname ?? [])
          .flatMap((name) => (name.String ? [name.String.sval] : []))
          .filter((name) => name !== 'pg_catalog')
          .join('.'),
      ]
    : [];
  return [...own, ...Object.values(record).flatMap(calledFunctions)];
}

/** The type with its modifiers as written: `numeric(12,2)`, `varchar(64)`. */
export function typeWithModifiers(typeName: TypeName | undefined): string {
  const modifiers = (typeName?.typmods ?? []).map((modifier) => {
    const value = (modifier as { A_Const?: { ival?: { ival?: number } } }).A_Const?.ival;
    return value ? String(value.ival ?? 0) : '?';
  });
  return `${typeNameOf(typeName)}${modifiers.length > 0 ? `(${modifiers.join(',')})` : ''}`;
}

/** A dotted name from the parser's name list: `public.mood`. */
export function nameListText(names: NameList | undefined): string {
  return (names ?? []).flatMap((name) => (name.String ? [name.String.sval] : [])).join('.');
}

/** Whether a statement opens (`BEGIN`, `START TRANSACTION`) or ends (`COMMIT`, `ROLLBACK`, `END`) a transaction. */
export function transactionBoundary(statement: StatementNode): 'begin' | 'end' | undefined {
  const kind = statement.TransactionStmt?.kind;
  if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') return 'begin';
  if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_COMMIT_PREPARED' || kind === 'TRANS_STMT_ROLLBACK_PREPARED') return 'end';
  return undefined;
}

/** Whether a `REINDEX` runs `CONCURRENTLY` (`REINDEX (CONCURRENTLY false)` does not). */
export function reindexesConcurrently(statement: NonNullable<StatementNode['ReindexStmt']>): boolean {
  const option = (statement.params ?? []).find((param) => param.DefElem?.defname === 'concurrently')?.DefElem;
  if (!option) return false;
  const value = option.arg as { String?: { sval?: string }; Boolean?: { boolval?: boolean }; Integer?: { ival?: number } } | undefined;
  if (value?.String) return !['false', 'off', '0', 'no'].includes((value.String.sval ?? '').toLowerCase());
  if (value?.Boolean) return value.Boolean.boolval === true;
  if (value?.Integer) return (value.Integer.ival ?? 0) !== 0;
  return true;
}
