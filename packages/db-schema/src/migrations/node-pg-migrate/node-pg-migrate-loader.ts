import type { MigrationLoader } from '../migration-loader.js';
import { firstMatchingFileHasLine, loadMatchingSqlFiles, sectionsByMarkers } from '../sql-file-migration.js';

/** `1700000000000_add-email.sql` holding `-- Up Migration` and `-- Down Migration` sections. */
const FILE = /^(\d+)[_-](.+)\.sql$/;
const UP = /^\s*--\s*Up Migration\b/i;
const DOWN = /^\s*--\s*Down Migration\b/i;

export const nodePgMigrateLoader: MigrationLoader = {
  format: 'node-pg-migrate',
  detect: (listing) => firstMatchingFileHasLine(listing, FILE, UP),
  load: (listing) =>
    loadMatchingSqlFiles(listing, FILE, (match, file) => ({
      format: 'node-pg-migrate',
      version: match[1]!,
      name: match[2]!,
      upFile: file,
      sections: (text) => sectionsByMarkers(text, UP, DOWN),
    })),
};
