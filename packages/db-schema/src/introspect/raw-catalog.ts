/** Rows of the catalog queries in `queries/`, exactly as they come back: the edge between SQL and the fold. */

export interface RawRelation {
  readonly schema: string;
  readonly name: string;
  readonly relkind: 'r' | 'p' | 'f';
  readonly comment: string | null;
  readonly partition_key: string | null;
  readonly parent_schema: string | null;
  readonly parent_name: string | null;
  readonly partition_bound: string | null;
}

export interface RawColumn {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly position: number;
  readonly type: string;
  readonly nullable: boolean;
  /** The default, or the generation expression when `generated` is set. */
  readonly expression: string | null;
  /** `''`, `a` (always) or `d` (by default). */
  readonly identity: string;
  /** `''`, `s` (stored) or `v` (virtual, PostgreSQL 18). */
  readonly generated: string;
  readonly collation: string | null;
  readonly comment: string | null;
}

export interface RawView {
  readonly schema: string;
  readonly name: string;
  readonly relkind: 'v' | 'm';
  readonly definition: string;
}

export interface RawIndex {
  readonly schema: string;
  readonly name: string;
  readonly table: string;
  readonly unique: boolean;
  readonly method: string;
  /** Key columns by attnum, 0 for an expression. */
  readonly column_positions: readonly number[];
  /** Key columns by name (expressions as null), only for an index on a materialized view. */
  readonly columns: readonly (string | null)[] | null;
  readonly predicate: string | null;
  readonly definition: string;
}

export interface RawConstraint {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly type: 'p' | 'u' | 'c' | 'f' | 'x';
  /** Key columns by attnum, in key order (the constraint's table is always among the raw columns). */
  readonly column_positions: readonly number[];
  readonly definition: string;
  readonly ref_schema: string | null;
  readonly ref_table: string | null;
  /** Referenced columns by attnum, in key order. */
  readonly ref_positions: readonly number[];
  /** Referenced columns by name, only when the referenced table is in a schema that is not read. */
  readonly ref_columns: readonly string[] | null;
  /** `a` no action, `r` restrict, `c` cascade, `n` set null, `d` set default; a space when not a foreign key. */
  readonly on_update: string;
  readonly on_delete: string;
}

export interface RawColumnDependency {
  readonly schema: string;
  readonly table: string;
  readonly column: string;
  readonly object_kind: string;
  readonly object_schema: string;
  readonly object_name: string;
}

export interface RawTrigger {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  readonly function_schema: string;
  readonly function_name: string;
  readonly columns: readonly string[];
  readonly definition: string;
}

export interface RawFunction {
  readonly schema: string;
  readonly name: string;
  readonly prokind: 'f' | 'p';
  readonly arguments: string;
  readonly returns: string | null;
  readonly language: string;
  readonly body: string;
  /** `CREATE OR REPLACE FUNCTION ...` as `pg_get_functiondef` prints it: what parsePlPgSQL reads. */
  readonly definition: string;
}

export interface RawPolicy {
  readonly schema: string;
  readonly table: string;
  readonly name: string;
  /** `*` all, `r` select, `a` insert, `w` update, `d` delete. */
  readonly command: string;
  readonly permissive: boolean;
  readonly roles: readonly string[];
  readonly using_expression: string | null;
  readonly with_check: string | null;
}

export interface RawEnum {
  readonly schema: string;
  readonly name: string;
  readonly labels: readonly string[];
}

export interface RawDomain {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly default_expression: string | null;
  readonly check_names: readonly string[];
  readonly check_definitions: readonly string[];
}

export interface RawSequence {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  readonly owned_by_table: string | null;
  readonly owned_by_column: string | null;
}

export interface RawExtension {
  readonly name: string;
  readonly schema: string;
  readonly version: string;
}

/** Everything the catalog queries return, one array per query. */
export interface RawCatalog {
  readonly schemas: readonly string[];
  /** `server_version_num` (e.g. 150018); absent when no schema was found or the rows come from elsewhere. */
  readonly serverVersion?: number;
  readonly relations: readonly RawRelation[];
  readonly columns: readonly RawColumn[];
  readonly views: readonly RawView[];
  readonly indexes: readonly RawIndex[];
  readonly constraints: readonly RawConstraint[];
  readonly columnDependencies: readonly RawColumnDependency[];
  readonly triggers: readonly RawTrigger[];
  readonly functions: readonly RawFunction[];
  readonly policies: readonly RawPolicy[];
  readonly enums: readonly RawEnum[];
  readonly domains: readonly RawDomain[];
  readonly sequences: readonly RawSequence[];
  readonly extensions: readonly RawExtension[];
}
