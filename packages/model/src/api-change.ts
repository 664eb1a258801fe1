import type { Acceptance } from './acceptance.js';
import type { Level } from './level.js';

/** A JSON pointer into one spec file (relative to the repository). */
export interface ApiLocation {
  readonly file: string;
  readonly pointer: string;
}

/** One classified difference between a base and a head OpenAPI description. */
export interface ApiChange {
  readonly kind: 'api-change';
  /** The rule id, kebab-case and stable: `response-property-removed`. */
  readonly id: string;
  readonly level: Level;
  /** `GET /customers/{id}`, or `*` for changes that are not about one operation. */
  readonly operation: string;
  /** JSON pointer into the base description (or head, for additions) where the change is. */
  readonly pointer: string;
  readonly message: string;
  /** The spec file (relative to the repository) the pointer points into. */
  readonly file: string;
  /** The property or parameter name the change is about, where there is one. */
  readonly property?: string;
  /** A stable hash of id, operation and pointer: the key for ignore files and baselines. */
  readonly fingerprint: string;
  /**
   * Where the change is in the base description: for a change, the thing that changed; for an addition, the
   * enclosing schema that gained it where there is one; absent when base has no such place (an added operation).
   */
  readonly base?: ApiLocation;
  /** Where the change is in the head description; the mirror of `base` (absent for a removed operation). */
  readonly head?: ApiLocation;
  /**
   * The ids of the column changes whose value feeds the field this change is about (found by data flow: the
   * change's consumer at this field has `contract.status` `changed`), sorted; absent when none does.
   */
  readonly columnChanges?: readonly string[];
  /** Set when a baseline entry accepts this change. */
  readonly accepted?: Acceptance;
}
