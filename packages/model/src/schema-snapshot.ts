/**
 * A PostgreSQL schema as data: what the catalogs say about the objects Ripple reasons about.
 * Every list is sorted by qualified name so two snapshots of the same schema are byte-identical as JSON.
 */
export interface SchemaSnapshot {
  readonly kind: 'schema-snapshot';
  /** The schemas that were introspected, sorted. */
  readonly schemas: readonly string[];
  readonly tables: readonly TableSnapshot[];
  readonly views: readonly ViewSnapshot[];
  readonly indexes: readonly IndexSnapshot[];
  readonly constraints: readonly ConstraintSnapshot[];
  /** Objects that depend on columns, from pg_depend and friends. */
  readonly dependencies: readonly ColumnDependency[];
}

export type RelationKind = 'table' | 'partitioned-table' | 'foreign-table';

export interface TableSnapshot {
  readonly kind: RelationKind;
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly ColumnSnapshot[];
  readonly comment?: string;
}

export interface ColumnSnapshot {
  readonly name: string;
  /** attnum: stable across renames within one database, so two snapshots of one database match renamed columns. */
  readonly position: number;
  /** The type as `format_type` prints it, with typmod: `numeric(12,2)`, `character varying(255)`. */
  readonly type: string;
  readonly nullable: boolean;
  /** The default expression as `pg_get_expr` prints it. */
  readonly default?: string;
  readonly identity?: 'always' | 'by-default';
  /** The generation expression of a generated column. */
  readonly generated?: { readonly kind: 'stored' | 'virtual'; readonly expression: string };
  readonly collation?: string;
  readonly comment?: string;
}

export interface ViewSnapshot {
  readonly kind: 'view' | 'materialized-view';
  readonly schema: string;
  readonly name: string;
  readonly definition: string;
}

export interface IndexSnapshot {
  readonly schema: string;
  readonly name: string;
  readonly table: string;
  readonly unique: boolean;
  readonly method: string;
  /** Key columns by name; expressions appear as null. */
  readonly columns: readonly (string | null)[];
  readonly predicate?: string;
  readonly definition: string;
}

export type ConstraintKind = 'primary-key' | 'unique' | 'check' | 'foreign-key' | 'exclusion' | 'not-null';

export interface ConstraintSnapshot {
  readonly kind: ConstraintKind;
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly columns: readonly string[];
  readonly definition: string;
  /** For foreign keys, the referenced table and columns. */
  readonly references?: { readonly schema: string; readonly table: string; readonly columns: readonly string[] };
}

export type DependentObjectKind =
  | 'view'
  | 'materialized-view'
  | 'index'
  | 'constraint'
  | 'trigger'
  | 'function'
  | 'procedure'
  | 'policy'
  | 'default'
  | 'generated-column'
  | 'sequence';

/** "The object `object` depends on column `schema.table.column`." */
export interface ColumnDependency {
  readonly schema: string;
  readonly table: string;
  readonly column: string;
  readonly object: { readonly kind: DependentObjectKind; readonly schema: string; readonly name: string };
  /** How the dependency was found: the catalog, or a parsed function body. */
  readonly source: 'pg_depend' | 'pg_trigger' | 'function-body';
}
