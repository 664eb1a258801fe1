/**
 * The slice of libpg-query's JSON parse tree the lint rules read. Only the fields used are typed; the parser is
 * PostgreSQL's own, so the shapes are PostgreSQL's `parsenodes.h`.
 */
export interface RangeVar {
  readonly schemaname?: string;
  readonly relname: string;
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
  readonly def?: { readonly ColumnDef?: ColumnDef; readonly Constraint?: ConstraintNode };
}

/** One statement: the single key of libpg-query's `stmt` object, e.g. `{ AlterTableStmt: {...} }`. */
export interface StatementNode {
  readonly AlterTableStmt?: { readonly relation: RangeVar; readonly cmds?: readonly { readonly AlterTableCmd?: AlterTableCmd }[]; readonly objtype?: string };
  readonly CreateStmt?: { readonly relation: RangeVar; readonly tableElts?: readonly { readonly ColumnDef?: ColumnDef }[] };
  readonly IndexStmt?: { readonly relation: RangeVar; readonly idxname?: string; readonly concurrent?: boolean };
  readonly DropStmt?: { readonly removeType: string; readonly objects?: readonly unknown[]; readonly concurrent?: boolean };
  readonly RenameStmt?: { readonly renameType: string; readonly relation?: RangeVar; readonly subname?: string; readonly newname: string };
  readonly VariableSetStmt?: { readonly kind: string; readonly name?: string };
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
