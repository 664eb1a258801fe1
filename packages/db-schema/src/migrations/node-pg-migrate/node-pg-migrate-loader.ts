import { codeFiles, loadCodeMigrations } from '../code-migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { firstMatchingFileHasLine, loadMatchingSqlFiles, sectionsByMarkers } from '../sql-file-migration.js';
import { nodePgMigrateAdapter } from './node-pg-migrate-builder.js';

/** `1700000000000_add-email.sql` holding `-- Up Migration` and `-- Down Migration` sections. */
const FILE = /^(\d+)[_-](.+)\.sql$/;
const UP = /^\s*--\s*Up Migration\b/i;
const DOWN = /^\s*--\s*Down Migration\b/i;
/** A JS/TS migration: `exports.up = (pgm) =>`, `export async function up(pgm: MigrationBuilder)`. */
const CODE = /from ['"]node-pg-migrate['"]|require\(['"]node-pg-migrate['"]\)|(?:exports\.up\s*=|export\s+(?:async\s+)?(?:function\s+up|const\s+up\s*=))\s*(?:async\s*)?(?:function\s*)?\(?\s*pgm\b/;

export const nodePgMigrateLoader: MigrationLoader = {
  format: 'node-pg-migrate',
  detect: async (listing) => {
    for (const file of codeFiles(listing)) {
      if (CODE.test(await listing.read(file))) return true;
    }
    return firstMatchingFileHasLine(listing, FILE, UP);
  },
  load: async (listing) => {
    const sql = await loadMatchingSqlFiles(listing, FILE, (match, file) => ({
      format: 'node-pg-migrate',
      version: match[1]!,
      name: match[2]!,
      upFile: file,
      sections: (text) => sectionsByMarkers(text, UP, DOWN),
    }));
    if (codeFiles(listing).length === 0) return sql;
    return [...sql, ...(await loadCodeMigrations(listing, nodePgMigrateAdapter(await import('node-pg-migrate'))))];
  },
};
