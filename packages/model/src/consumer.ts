import type { ApiDirection, ChainHop } from './api-flow.js';
import type { Access, UsageConfidence } from './usage.js';

/**
 * Something that depends on a changed column. All optional fields are present when they apply:
 * code, job and test consumers have `file`, `line`, `service`, `access`; db-object consumers have `object`;
 * api consumers have `file` (the spec), `operation` and `pointer`; one found by data flow also has `direction`, `field`
 * and `chain`, and, when no spec describes its operation, `file` and `line` are the handler's and `pointer` is absent.
 * client consumers have `file`, `line`, `service`, `access`, `symbol` (the generated field, or the component that
 * reads it), `operation`, `field` and `chain` (the api consumer's, then the client's hop).
 */
export interface Consumer {
  readonly kind: ConsumerKind;
  readonly file?: string;
  readonly line?: number;
  readonly service?: string;
  readonly symbol?: string;
  readonly access?: Access;
  /** The adapter that found a code usage (`typeorm`, `raw-sql`, ...). */
  readonly adapter?: string;
  /** For api consumers: `GET /customers/{id}`. */
  readonly operation?: string;
  /** For api consumers: JSON pointer to the field in the spec. */
  readonly pointer?: string;
  /** For db-object consumers: `view public.customer_emails`. */
  readonly object?: string;
  /**
   * For code and job consumers of a dropped or renamed column: `forgotten` when the head tree still uses the old
   * name (it breaks when the migration runs), `handled` when the change updated it.
   */
  readonly status?: ConsumerStatus;
  /**
   * `name-match` when only a name ties the consumer to the column: for code, job and test consumers a type named
   * after the table (see `Usage`); for api consumers a spec field named like the column, no data flow followed.
   */
  readonly confidence?: UsageConfidence;
  /** For api consumers found by data flow: the body the field is in. */
  readonly direction?: ApiDirection;
  /**
   * For api consumers found by data flow: the field's dotted path from the body root (`email`, `owner.email`). For
   * client consumers: the client schema's field (`MemberDto.email`).
   */
  readonly field?: string;
  /** For api consumers found by data flow: each hop from the column's usage to the operation, as evidence. */
  readonly chain?: readonly ChainHop[];
  /**
   * For api consumers found by data flow at a field of a spec the report diffed: whether the head description
   * changes that field (`changed`, with the `ApiChange`s) or, for a renamed column, keeps it (`preserved`: the
   * rename stays behind the mapping that puts the value under the field's name).
   */
  readonly contract?: ContractEffect;
}

/** What a column change does to the API contract a consumer is a field of. */
export interface ContractEffect {
  readonly status: 'changed' | 'preserved';
  /** `changed`: the `fingerprint`s of the report's `apiChanges` at this field, sorted. */
  readonly apiChanges?: readonly string[];
  /** `preserved`: the chain's hop that maps the column's value to the field (`email: account.contactEmail`). */
  readonly mapping?: ChainHop;
}

export type ConsumerStatus = 'forgotten' | 'handled';

/**
 * `db-object`: a view, index, constraint, trigger, function or policy in the database.
 * `code`: application code in a service. `job`: a batch/ETL job. `test`: a test, fixture or seed file of a service
 * or job (it builds rows or entities with the column, so it breaks too). `api`: an API operation that exposes the
 * column. `client`: an in-repo client of such an API.
 */
export type ConsumerKind = 'db-object' | 'code' | 'job' | 'test' | 'api' | 'client';
