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
  readonly triggers?: readonly TriggerSnapshot[];
  readonly functions?: readonly FunctionSnapshot[];
  readonly policies?: readonly PolicySnapshot[];
  readonly enums?: readonly EnumSnapshot[];
  readonly domains?: readonly DomainSnapshot[];
  readonly sequences?: readonly SequenceSnapshot[];
  readonly extensions?: readonly ExtensionSnapshot[];
}

export type RelationKind = 'table' | 'partitioned-table' | 'foreign-table';

export interface TableSnapshot {
  readonly kind: RelationKind;
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly ColumnSnapshot[];
  readonly comment?: string;
  /** For a partitioned table: `RANGE (created_at)`, as `pg_get_partkeydef` prints it. */
  readonly partitionKey?: string;
  /** For a partition: its parent table and bound, as `pg_get_expr(relpartbound)` prints it. */
  readonly partitionOf?: { readonly schema: string; readonly table: string; readonly bound: string };
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
  /** For foreign keys: the referential actions. */
  readonly onUpdate?: ForeignKeyAction;
  readonly onDelete?: ForeignKeyAction;
}

export type ForeignKeyAction = 'no-action' | 'restrict' | 'cascade' | 'set-null' | 'set-default';

export interface TriggerSnapshot {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  /** The trigger function, qualified: `public.lowercase_email`. */
  readonly function: string;
  /** `UPDATE OF` column list, by name; empty when the trigger fires for any column. */
  readonly columns: readonly string[];
  readonly definition: string;
}

export interface FunctionSnapshot {
  readonly kind: 'function' | 'procedure';
  readonly schema: string;
  readonly name: string;
  /** Identity arguments as `pg_get_function_identity_arguments` prints them. */
  readonly arguments: string;
  readonly returns?: string;
  readonly language: string;
  /** The body (`prosrc`, or the SQL-standard body as deparsed). */
  readonly body: string;
}

export interface PolicySnapshot {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly command: 'all' | 'select' | 'insert' | 'update' | 'delete';
  readonly permissive: boolean;
  readonly roles: readonly string[];
  readonly using?: string;
  readonly withCheck?: string;
}

export interface EnumSnapshot {
  readonly schema: string;
  readonly name: string;
  readonly labels: readonly string[];
}

export interface DomainSnapshot {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly default?: string;
  /** CHECK constraints as `pg_get_constraintdef` prints them, sorted by name. */
  readonly checks: readonly { readonly name: string; readonly definition: string }[];
}

export interface SequenceSnapshot {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  /** The column that owns the sequence (serial, identity or OWNED BY). */
  readonly ownedBy?: { readonly table: string; readonly column: string };
}

export interface ExtensionSnapshot {
  readonly name: string;
  readonly schema: string;
  readonly version: string;
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
