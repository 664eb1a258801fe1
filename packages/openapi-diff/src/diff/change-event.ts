/** Where in a description a change is; together with `change` it selects the rule. */
export type Site =
  | 'endpoint'
  | 'webhook'
  | 'request-parameter'
  | 'request-parameter-property'
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
  /** What changed, for the message: ``request property `customer.email` ``. */
  readonly subject: string;
  /** The values, for the message: `from 100 to 50`. */
  readonly detail: string | undefined;
  readonly property: string | undefined;
}
