/** A place in a file of the scanned repository. `file` is relative to the repository root, `/`-separated. */
export interface Location {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, where known. */
  readonly column?: number;
}

/** Orders locations by file, then line, then column. */
export function compareLocations(a: Location, b: Location): number {
  return compareStrings(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** Code-point string order, independent of the process locale (so output is byte-identical everywhere). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
