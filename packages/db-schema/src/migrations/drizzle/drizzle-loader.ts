import type { Migration } from '../migration.js';
import type { MigrationLoader } from '../migration-loader.js';
import { repoPath } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';

/**
 * drizzle-kit output: `drizzle/0000_brave_wolf.sql` with `--> statement-breakpoint` between statements (a SQL
 * comment, so the parser splits around it) and `meta/_journal.json`. `drizzle-kit migrate` applies the journal's
 * entries, in its order: a SQL file the journal does not list is never run, so it is left out, with a
 * `migration/not-in-journal` diagnostic naming it.
 */
const FILE = /^(\d+)_(.+)\.sql$/;
const JOURNAL = 'meta/_journal.json';

export const drizzleLoader: MigrationLoader = {
  format: 'drizzle',
  order: 'file-name',
  detect: async (listing) => {
    if (listing.files.includes(JOURNAL)) return true;
    const first = listing.files.find((file) => FILE.test(file));
    return first !== undefined && (await listing.read(first)).includes('--> statement-breakpoint');
  },
  load: async (listing) => {
    const tags = listing.files.includes(JOURNAL) ? journalTags(await listing.read(JOURNAL)) : undefined;
    const migrations = await loadMatchingSqlFiles(listing, FILE, (match, file) => ({ format: 'drizzle', version: match[1]!, name: match[2]!, upFile: file }));
    if (tags === undefined) return migrations;
    return migrations.map((migration): Migration => {
      const tag = migration.file.slice(migration.file.lastIndexOf('/') + 1).replace(/\.sql$/, '');
      if (tags.has(tag)) return migration;
      return {
        ...migration,
        up: [],
        diagnostics: [
          {
            kind: 'diagnostic',
            code: 'migration/not-in-journal',
            message: `${tag}.sql is not listed in ${repoPath(listing, JOURNAL)}: drizzle-kit migrate never runs it, so it is left out`,
            location: { file: migration.file, line: 1 },
          },
        ],
      };
    });
  },
};

/** The `tag`s of the journal's entries; undefined when it is not a journal (then every SQL file is read). */
function journalTags(text: string): Set<string> | undefined {
  try {
    const journal = JSON.parse(text) as { entries?: unknown };
    if (!Array.isArray(journal.entries)) return undefined;
    return new Set(journal.entries.flatMap((entry: { tag?: unknown }) => (typeof entry?.tag === 'string' ? [entry.tag] : [])));
  } catch {
    return undefined;
  }
}
