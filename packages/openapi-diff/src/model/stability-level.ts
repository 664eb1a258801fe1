/** The values of `x-stability-level`, least stable first (oasdiff's order). */
export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;
export type StabilityLevel = (typeof STABILITY_LEVELS)[number];

/** `x-stability-level` as written: a string as is, any other value as JSON (so `1` is kept, and is no level). */
export function stabilityAsWritten(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The level an `x-stability-level` value declares: none written is `stable`; a value that is no level is undefined. */
export function stabilityLevelOf(written: string | undefined): StabilityLevel | undefined {
  if (written === undefined) return 'stable';
  return (STABILITY_LEVELS as readonly string[]).includes(written) ? (written as StabilityLevel) : undefined;
}

/** True when `level` is at or above `threshold` (`--stability-level beta` keeps beta and stable). */
export function meetsStabilityLevel(level: StabilityLevel, threshold: StabilityLevel): boolean {
  return STABILITY_LEVELS.indexOf(level) >= STABILITY_LEVELS.indexOf(threshold);
}
