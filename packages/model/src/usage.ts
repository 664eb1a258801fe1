import type { ColumnRef } from './column-ref.js';
import type { ChainHop } from './api-flow.js';
import type { Location } from './location.js';

/** What a usage does with a column. */
export type Access = 'definition' | 'read' | 'write' | 'filter' | 'order';

/** One place in code or a SQL file that defines, reads or writes a column. */
export interface Usage {
  readonly kind: 'usage';
  readonly column: ColumnRef;
  /** The service (workspace package or folder) the file belongs to. */
  readonly service: string;
  /** `service` when the usage is in application code, `job` when in a batch/ETL job. */
  readonly serviceKind: ServiceKind;
  readonly location: Location;
  readonly access: Access;
  /** The adapter that found it: `typeorm`, `prisma`, `drizzle`, `raw-sql`, `sql-file`, ... */
  readonly adapter: string;
  /** The enclosing symbol: `Customer.email`, `OrdersController.findOne`, `export.sql`. */
  readonly symbol?: string;
  /**
   * How the usage was found: absent (or `exact`) when an ORM mapping, SQL or data flow ties it to the column;
   * `name-match` when only a spelling of the column's name (camelCase of a snake_case column, ...) on the table's
   * own types ties it, with no flow to follow.
   */
  readonly confidence?: UsageConfidence;
  /**
   * `true` when the SQL names no column but reads them all, `SELECT *` or `SELECT o.*`: the statement itself does
   * not break when this column is dropped or renamed (the code reading the row's key does, and is a usage of its own).
   */
  readonly fromStar?: boolean;
  /**
   * How a usage found by following values got here (adapter `flow`): the hops from this place to the one the ORM or
   * SQL ties to the column, e.g. `createRole({ key })` -> parameter `params` of `createRole` -> `Role.query().insertAndFetch(params)`.
   */
  readonly via?: readonly ChainHop[];
  /**
   * `true` when the site is a value the code types as the model, with no query, mapping or SQL at it: a key of a
   * literal typed as the model (a test's `const token: PersonalAccessToken = { expiresOn: new Date() }`), a property
   * read of a model-typed value (`token.expiresOn`). Such code sees the field's TypeScript type, not the column's
   * database type: a change that keeps the one (timestamp to timestamptz, both a `Date`) does not reach it.
   */
  readonly onValue?: true;
}

export type UsageConfidence = 'exact' | 'name-match';

export type ServiceKind = 'service' | 'job';
