import type { Acceptance } from './acceptance.js';
import type { Level } from './level.js';
import type { Location } from './location.js';

/** A rule's finding about input, e.g. a migration lint finding. Findings are data, never exceptions. */
export interface Finding {
  readonly kind: 'finding';
  readonly id: string;
  readonly level: Level;
  readonly message: string;
  readonly location: Location;
  readonly fingerprint: string;
  /** Set when a baseline entry accepts this finding. */
  readonly accepted?: Acceptance;
}

/** Something Ripple could not analyse and says so, rather than skip silently. */
export interface Diagnostic {
  readonly kind: 'diagnostic';
  /** `code/syntax-error`, `sql/unparseable`, `sql/dynamic`, ... */
  readonly code: string;
  readonly message: string;
  readonly location: Location;
  /** The JSON pointer of the place in a JSON or YAML document (an OpenAPI description), when that is known. */
  readonly pointer?: string;
}

/** Where a diagnostic is, as printed: `file#/json/pointer` for a place in a JSON or YAML document, else `file:line`. */
export function formatDiagnosticLocation(diagnostic: Diagnostic): string {
  return diagnostic.pointer === undefined ? `${diagnostic.location.file}:${diagnostic.location.line}` : `${diagnostic.location.file}#${diagnostic.pointer}`;
}
