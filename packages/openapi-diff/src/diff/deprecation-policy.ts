import { meetsStabilityLevel, stabilityLevelOf, type StabilityLevel } from '../model/stability-level.js';
import { parseSunsetDate } from './parse-sunset-date.js';

/**
 * oasdiff's deprecation and stability options, by its flag names: `--deprecation-days-beta` and
 * `--deprecation-days-stable` (the days a deprecation must give before its `x-sunset`; 0 by default: no policy),
 * `--stability-level` (operations below it are left out; Ripple's default `draft` keeps every operation).
 */
export interface DiffPolicy {
  readonly deprecationDaysBeta: number;
  readonly deprecationDaysStable: number;
  readonly stabilityLevel: StabilityLevel;
}

export const DEFAULT_POLICY: DiffPolicy = Object.freeze({ deprecationDaysBeta: 0, deprecationDaysStable: 0, stabilityLevel: 'draft' });

/** The days a deprecation of an element of this stability must give (none for draft and alpha, as oasdiff). */
export function deprecationDaysFor(policy: DiffPolicy, stability: string | undefined): number {
  const level = stabilityLevelOf(stability);
  if (level === 'beta') return policy.deprecationDaysBeta;
  if (level === 'draft' || level === 'alpha') return 0;
  return policy.deprecationDaysStable;
}

/** True when an operation of this `x-stability-level` is within `--stability-level` (one that is no level is kept). */
export function isWithinStabilityLevel(policy: DiffPolicy, stability: string | undefined): boolean {
  const level = stabilityLevelOf(stability);
  return level === undefined || meetsStabilityLevel(level, policy.stabilityLevel);
}

/**
 * What a deprecation amounts to under the policy: `deprecated` (no sunset and no policy), `deprecated-sunset-missing`
 * (the policy asks for a date), `deprecated-sunset-invalid` (no date), `sunset-date-too-small` (closer to `today`
 * than the policy's days) or `deprecated-with-sunset`.
 */
export function deprecationOf(sunset: string | undefined, days: number, today: string | undefined): string {
  if (sunset === undefined) return days > 0 ? 'deprecated-sunset-missing' : 'deprecated';
  const date = parseSunsetDate(sunset);
  if (date === undefined) return 'deprecated-sunset-invalid';
  if (today !== undefined && daysBetween(today, date) < days) return 'sunset-date-too-small';
  return 'deprecated-with-sunset';
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
