import type { MigrationListing } from '../src/migrations/migration-loader.js';

/** A migrations folder holding one file given as text, as a loader lists it (the replay tests load through it). */
export function oneFileListing(file: string, source: string, globals?: Readonly<Record<string, unknown>>): MigrationListing {
  return {
    dir: 'migrations',
    files: [file],
    read: () => Promise.resolve(source),
    absolute: (name) => `/repo/migrations/${name}`,
    ...(globals ? { globals } : {}),
  };
}
