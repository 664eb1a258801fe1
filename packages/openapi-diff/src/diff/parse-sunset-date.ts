/**
 * The `YYYY-MM-DD` of an `x-sunset` value written as a date (`2026-08-10`) or an RFC 3339 timestamp, as oasdiff
 * reads it; `undefined` for anything else (`invalid-date`, `2026-02-30`).
 */
export function parseSunsetDate(sunset: string | undefined): string | undefined {
  if (sunset === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2}))?$/.exec(sunset);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month}-${day}`;
}
