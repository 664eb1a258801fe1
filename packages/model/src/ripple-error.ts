import type { Location } from './location.js';

/**
 * The one error type Ripple throws for bad input (a missing file, a migration that does not apply, a spec that
 * does not load). The CLI prints `message` with the location and exits 2; it never prints the stack.
 * Findings about valid input are report data, not errors.
 */
export class RippleError extends Error {
  override readonly name = 'RippleError';
  readonly code: string;
  readonly location: ErrorLocation | undefined;

  constructor(code: string, message: string, location?: ErrorLocation, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.location = location;
  }
}

/** Where bad input is: a file position, or a JSON pointer into a document. */
export type ErrorLocation =
  | (Location & { readonly pointer?: undefined })
  | { readonly file: string; readonly pointer: string; readonly line?: number };

export function isRippleError(error: unknown): error is RippleError {
  return error instanceof RippleError;
}

/** `fixtures/shop/db/migrations/0003.sql:4:12: message` */
export function formatRippleError(error: RippleError): string {
  const where = error.location;
  if (!where) return error.message;
  const position =
    where.pointer !== undefined
      ? `${where.file}${where.line ? `:${where.line}` : ''}${where.pointer === '' ? '' : `#${where.pointer}`}`
      : `${where.file}:${where.line}${where.column ? `:${where.column}` : ''}`;
  return `${position}: ${error.message}`;
}
