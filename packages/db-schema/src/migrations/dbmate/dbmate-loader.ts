import type { MigrationLoader } from '../migration-loader.js';
import { firstMatchingFileHasLine, loadMatchingSqlFiles, sectionsByMarkers } from '../sql-file-migration.js';

/** `20240101120000_create_users.sql` holding `-- migrate:up` and `-- migrate:down` sections. */
const FILE = /^(\d+)_(.+)\.sql$/;
const UP = /^\s*--\s*migrate:up\b/;
const DOWN = /^\s*--\s*migrate:down\b/;

export const dbmateLoader: MigrationLoader = {
  format: 'dbmate',
  detect: (listing) => firstMatchingFileHasLine(listing, FILE, UP),
  load: (listing) =>
    loadMatchingSqlFiles(listing, FILE, (match, file) => ({
      format: 'dbmate',
      version: match[1]!,
      name: match[2]!,
      upFile: file,
      sections: (text) => sectionsByMarkers(text, UP, DOWN),
    })),
};
