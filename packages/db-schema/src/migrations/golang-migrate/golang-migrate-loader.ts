import type { MigrationLoader } from '../migration-loader.js';
import { downFileIfPresent, loadMatchingSqlFiles } from '../sql-file-migration.js';

/** `000001_create_users.up.sql` with `000001_create_users.down.sql`. */
const UP_FILE = /^(\d+)_(.+)\.up\.sql$/;

export const golangMigrateLoader: MigrationLoader = {
  format: 'golang-migrate',
  detect: async (listing) => listing.files.some((file) => UP_FILE.test(file)),
  load: (listing) =>
    loadMatchingSqlFiles(listing, UP_FILE, (match, file) => ({
      format: 'golang-migrate',
      version: match[1]!,
      name: match[2]!,
      upFile: file,
      ...downFileIfPresent(listing, file.replace(/\.up\.sql$/, '.down.sql')),
    })),
};
