import type { Migration } from '../migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { repoPath } from '../migration-loader.js';
import { firstMatchingFileHasLine, loadSqlFileMigration, sectionsByMarkers } from '../sql-file-migration.js';

/** `20240115180414_init.sql` or `00001_init.sql` holding `-- +goose Up` and `-- +goose Down` sections. */
const SQL_FILE = /^(\d+)_(.+)\.sql$/;
const UP = /^\s*--\s*\+goose\s+up\b/i;
const DOWN = /^\s*--\s*\+goose\s+down\b/i;
/** `-- +goose NO TRANSACTION`: goose runs this file's statements one by one, outside any transaction. */
const NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/i;
/** A Go migration beside the SQL ones: `20251226153622_v1_0_66.go` registering itself with `goose.AddMigration...`. */
const GO_FILE = /^(\d+)_(.+)\.go$/;
const REGISTERS = /\bgoose\s*\.\s*Add(Named)?Migration/;

/**
 * goose (pressly/goose): one SQL file per version, cut at `-- +goose Up` and `-- +goose Down` (the marker lines, and
 * `StatementBegin`/`StatementEnd`, are comments to PostgreSQL). goose runs each file in a transaction unless it says
 * `-- +goose NO TRANSACTION`. A Go migration (`<version>_<name>.go` calling `goose.AddMigration`) is code Ripple does
 * not run: it is listed at its version with no statements and a `migration/not-static` warning naming the file.
 */
export const gooseLoader: MigrationLoader = {
  format: 'goose',
  detect: (listing) => firstMatchingFileHasLine(listing, SQL_FILE, UP),
  load: async (listing) => {
    const migrations: Migration[] = [];
    for (const file of listing.files) {
      const sql = SQL_FILE.exec(file);
      if (sql) {
        // Read once: the sections are cut from the text that also says whether goose wraps the file in a transaction.
        let noTransaction = false;
        const migration = await loadSqlFileMigration(listing, {
          format: 'goose',
          version: sql[1]!,
          name: sql[2]!,
          upFile: file,
          sections: (source) => {
            noTransaction = source.split('\n').some((line) => NO_TRANSACTION.test(line));
            return sectionsByMarkers(source, UP, DOWN);
          },
        });
        migrations.push(noTransaction ? { ...migration, runnerTransaction: 'none' } : migration);
        continue;
      }
      const go = GO_FILE.exec(file);
      if (!go || file.endsWith('_test.go') || !REGISTERS.test(await listing.read(file))) continue;
      const path = repoPath(listing, file);
      migrations.push({
        kind: 'migration',
        file: path,
        version: go[1]!,
        name: go[2]!,
        format: 'goose',
        up: [],
        diagnostics: [
          {
            kind: 'diagnostic',
            code: 'migration/not-static',
            message: `${path} is a goose Go migration: its SQL is built by Go code when goose runs it, so Ripple does not replay it and the columns it changes are not known`,
            location: { file: path, line: 1, column: 1 },
          },
        ],
      });
    }
    return migrations;
  },
};
