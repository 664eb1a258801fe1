import type { ProjectModules } from './project-modules.js';
import type { Migration, MigrationFormat } from './migration.js';

/** The files of one migrations directory, as every loader sees them. */
export interface MigrationListing {
  /** The directory relative to the repository root, `/`-separated (`.` for the root itself). */
  readonly dir: string;
  /** Every file under the directory, relative to it, `/`-separated, sorted. */
  readonly files: readonly string[];
  /** Reads a file given relative to the directory. */
  readonly read: (file: string) => Promise<string>;
  /** The absolute path of a file given relative to the directory. */
  readonly absolute: (file: string) => string;
  /**
   * Values of globals the project's runner sets before it runs a migration (`migrations.globals`: wiki.js's
   * `WIKI.config.db.type`): code migrations replayed on their library read them as constants.
   */
  readonly globals?: Readonly<Record<string, unknown>>;
  /** The repository's own modules, for constants a code migration imports (`require('@hedgedoc/database')`). */
  readonly modules?: ProjectModules;
}

export type MigrationOrder = 'version' | 'file-name';

/** One migration format: a plain object, one folder under `src/migrations/` each, listed in `migration-loaders.ts`. */
export interface MigrationLoader {
  readonly format: MigrationFormat;
  /** True when the directory looks like this format. Loaders are tried in registry order; the first match wins. */
  readonly detect: (listing: MigrationListing) => Promise<boolean>;
  readonly load: (listing: MigrationListing) => Promise<readonly Migration[]>;
  /**
   * How the format's runner orders migrations: by version, digit runs as numbers (the default), or by file name as
   * a string (Knex, sequelize-cli, umzug, db-migrate sort the file names: `202006151420_x` runs after `20200529..._y`);
   * a function when it depends on the files (Knex files named `2.5.12.js` are sorted as versions by their source).
   */
  readonly order?: MigrationOrder | ((migrations: readonly Migration[]) => MigrationOrder);
}

/** `db/migrations` + `0001_x.sql` -> `db/migrations/0001_x.sql` */
export function repoPath(listing: MigrationListing, file: string): string {
  return listing.dir === '.' ? file : `${listing.dir}/${file}`;
}

/**
 * The text without a leading UTF-8 byte-order mark, as editors on Windows save files: it is no character of the
 * migration (PostgreSQL would read it as part of the first keyword) and no loader should see it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
