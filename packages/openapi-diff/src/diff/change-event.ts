/** Where in a description a change is; together with `change` it selects the rule. */
export type Site =
  | 'endpoint'
  | 'webhook'
  | 'request-parameter'
  | 'request-parameter-property'
  /** A property (or the items) of a header parameter: a `request-parameter-property` with one rule of its own. */
  | 'request-header-property'
  | 'request-body'
  | 'request-property'
  | 'response'
  | 'response-header'
  | 'response-body'
  | 'response-property'
  | 'security'
  | 'global-security'
  | 'security-component'
  | 'components';

/** A JSON pointer into one spec file. */
export interface Where {
  readonly pointer: string;
  readonly file: string;
}

/** Only the location of a model object (a schema, a parameter), so findings do not hold on to the model. */
export function whereOf(at: Where): Where {
  return { pointer: at.pointer, file: at.file };
}

/**
 * One difference the diff core found, before a rule classifies it. The core decides what changed and in which
 * direction (`max-length-decreased`); the rule registry decides what that is called and how much it matters.
 */
export interface ChangeEvent {
  readonly site: Site;
  readonly change: string;
  readonly operation: string;
  /** Into base for removals and changes, into head for additions. */
  readonly pointer: string;
  readonly file: string;
  /** The change in base (for an addition: the enclosing place that gained it, if any). */
  readonly base: Where | undefined;
  /** The change in head (for a removal: the enclosing place that lost it, if any). */
  readonly head: Where | undefined;
  /** What changed, for the message: ``request property `customer.email` ``. */
  readonly subject: string;
  /** The values, for the message: `from 100 to 50`. */
  readonly detail: string | undefined;
  readonly property: string | undefined;
}
