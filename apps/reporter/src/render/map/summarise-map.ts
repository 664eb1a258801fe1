import type { SystemMap } from '@ripple/model';

/** One line: `12 tables, 3 services, 2 shared tables, 4 dead-column candidates, 3 drift columns`. */
export function summariseMap(map: SystemMap): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    plural(map.tables.length, 'table'),
    plural(map.services.length, 'service'),
    plural(map.sharedTables.length, 'shared table'),
    plural(map.deadColumns.length, 'dead-column candidate'),
    plural(map.drift.length, 'drift column'),
  ].join(', ');
}
