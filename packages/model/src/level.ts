/** How much a finding matters; also the `--fail-on` threshold. */
export type Level = 'error' | 'warning' | 'info';

const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, info: 1 };

export function levelRank(level: Level): number {
  return LEVEL_RANK[level];
}

/** True when `level` is at or above `threshold`. */
export function levelReaches(level: Level, threshold: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[threshold];
}

export function isLevel(value: unknown): value is Level {
  return value === 'error' || value === 'warning' || value === 'info';
}
