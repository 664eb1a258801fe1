import type { ColumnChangeBase } from './column-change.js';
import type { ConstraintKind } from './schema-snapshot.js';

/**
 * A change to a column that `ColumnChange` does not carry: its identity or generation, or a constraint or index that
 * involves it (by key column, or through an expression or predicate that names it). Kept apart from `ColumnChange`
 * so that code which switches over every `ColumnChange` kind keeps compiling; a consumer opts in.
 */
export type ColumnDetailChange = ColumnIdentityChanged | ColumnGeneratedChanged | ColumnConstraintChanged | ColumnIndexChanged;

export type ColumnDetailChangeKind = ColumnDetailChange['kind'];

/** How a constraint or index changed: it appeared, went away, or kept its name with another definition. */
export type ObjectChange = 'added' | 'dropped' | 'changed';

export interface ColumnIdentityChanged extends ColumnChangeBase {
  readonly kind: 'column-identity-changed';
  /** Absent: the column was not an identity column. */
  readonly from?: 'always' | 'by-default';
  readonly to?: 'always' | 'by-default';
}

export interface ColumnGeneratedChanged extends ColumnChangeBase {
  readonly kind: 'column-generated-changed';
  /** Absent: the column was not generated. */
  readonly from?: { readonly kind: 'stored' | 'virtual'; readonly expression: string };
  readonly to?: { readonly kind: 'stored' | 'virtual'; readonly expression: string };
}

export interface ColumnConstraintChanged extends ColumnChangeBase {
  readonly kind: 'column-constraint-changed';
  readonly change: ObjectChange;
  readonly constraint: { readonly kind: ConstraintKind; readonly name: string };
  /** The definition before (absent when added) and after (absent when dropped), as `pg_get_constraintdef` prints it. */
  readonly from?: string;
  readonly to?: string;
}

export interface ColumnIndexChanged extends ColumnChangeBase {
  readonly kind: 'column-index-changed';
  readonly change: ObjectChange;
  readonly index: { readonly schema: string; readonly name: string; readonly unique: boolean };
  /** The definition before (absent when added) and after (absent when dropped), as `pg_get_indexdef` prints it. */
  readonly from?: string;
  readonly to?: string;
}
