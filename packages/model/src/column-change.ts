import type { ColumnRef } from './column-ref.js';
import type { Location } from './location.js';

/** A column-level difference between two schema snapshots. */
export type ColumnChange =
  | ColumnAdded
  | ColumnDropped
  | ColumnRenamed
  | ColumnTypeChanged
  | ColumnNullabilityChanged
  | ColumnDefaultChanged;

export type ColumnChangeKind = ColumnChange['kind'];

export interface ColumnChangeBase {
  /** The column as it is named in the base schema (for added columns, in the head schema). */
  readonly column: ColumnRef;
  /** The migration statement that makes the change, where one was found. */
  readonly migration?: Location;
}

export interface ColumnAdded extends ColumnChangeBase {
  readonly kind: 'column-added';
  readonly type: string;
  readonly nullable: boolean;
  readonly default?: string;
}

export interface ColumnDropped extends ColumnChangeBase {
  readonly kind: 'column-dropped';
  readonly type: string;
  /** Set when the whole table was dropped. */
  readonly tableDropped?: boolean;
}

export interface ColumnRenamed extends ColumnChangeBase {
  readonly kind: 'column-renamed';
  readonly newName: string;
  /**
   * `rename`: the column keeps its identity (a RENAME COLUMN or RENAME of its table).
   * `drop-and-add`: a column was dropped and one of a compatible type added on the same table: a probable
   * rename that loses the data.
   */
  readonly how: 'rename' | 'drop-and-add';
  /** Set when the rename comes from renaming the table (the column name may be unchanged). */
  readonly newTable?: string;
}

export interface ColumnTypeChanged extends ColumnChangeBase {
  readonly kind: 'column-type-changed';
  readonly from: string;
  readonly to: string;
}

export interface ColumnNullabilityChanged extends ColumnChangeBase {
  readonly kind: 'column-nullability-changed';
  readonly nullable: boolean;
}

export interface ColumnDefaultChanged extends ColumnChangeBase {
  readonly kind: 'column-default-changed';
  readonly from?: string;
  readonly to?: string;
}
