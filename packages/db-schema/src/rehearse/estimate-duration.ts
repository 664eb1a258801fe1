import type { DurationEstimate } from './server-rehearsal.js';

/**
 * The read rate the estimate assumes for one pass over a table: a sequential scan from disk with the tuple work
 * of an index build, on the order of what PostgreSQL reaches on a cloud volume. A rough figure, stated in the
 * report so the reader can scale it to their hardware.
 */
export const SCAN_BYTES_PER_SECOND = 100 * 1024 * 1024;

/** The size `pg_relation_size` and `reltuples` give for the table a statement scans (`rows` -1: never analysed). */
export interface TableSize {
  readonly relation: string;
  readonly bytes: number;
  readonly rows: number;
}

/** About how long `passes` scans of the table take at `SCAN_BYTES_PER_SECOND`; no figure without a table to scan. */
export function estimateDuration(what: string, passes: number, table: TableSize | undefined): DurationEstimate {
  if (passes === 0) return { basis: what };
  if (table === undefined) return { basis: `${what}: its table was not found, so no size to estimate from` };
  const seconds = Math.round(((passes * table.bytes) / SCAN_BYTES_PER_SECOND) * 10) / 10;
  const rows = table.rows >= 0 ? Math.round(table.rows) : undefined;
  return {
    relation: table.relation,
    bytes: table.bytes,
    ...(rows !== undefined ? { rows } : {}),
    seconds,
    basis: `${what}: ${passes} pass${passes === 1 ? '' : 'es'} over ${formatBytes(table.bytes)}${rows !== undefined ? ` (${rows} rows)` : ''} at ${formatBytes(SCAN_BYTES_PER_SECOND)}/s, plus waiting for the transactions running then`,
  };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
