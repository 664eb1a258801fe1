import type { MigrationLoader } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';

/**
 * drizzle-kit output: `drizzle/0000_brave_wolf.sql` with `--> statement-breakpoint` between statements (a SQL
 * comment, so the parser splits around it) and `meta/_journal.json`.
 */
const FILE = /^(\d+)_(.+)\.sql$/;

export const drizzleLoader: MigrationLoader = {
  format: 'drizzle',
  detect: async (listing) => {
    if (listing.files.includes('meta/_journal.json')) return true;
    const first = listing.files.find((file) => FILE.test(file));
    return first !== undefined && (await listing.read(first)).includes('--> statement-breakpoint');
  },
  load: (listing) =>
    loadMatchingSqlFiles(listing, FILE, (match, file) => ({ format: 'drizzle', version: match[1]!, name: match[2]!, upFile: file })),
};
