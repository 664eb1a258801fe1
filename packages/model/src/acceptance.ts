/** Set on a report item that a baseline entry accepts: it is shown, but does not count for `--fail-on`. */
export interface Acceptance {
  readonly reason: string;
  /** ISO date (`2026-12-31`) after which the entry no longer accepts anything. */
  readonly expires?: string;
}
