import type { Diagnostic } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migration.js';
import type { MigrationListing, MigrationLoader } from '../migration-loader.js';
import { repoPath } from '../migration-loader.js';
import { loadMatchingSqlFiles } from '../sql-file-migration.js';
import { splitStatements } from '../split-statements.js';
import type { DrizzleSnapshot } from './drizzle-snapshot-sql.js';
import { snapshotSql } from './drizzle-snapshot-sql.js';

/**
 * drizzle-kit output: `drizzle/0000_brave_wolf.sql` with `--> statement-breakpoint` between statements and
 * `meta/_journal.json`. drizzle-kit's migrator cuts a file at its breakpoints and runs each part as one query, so a
 * statement written without its `;` before a breakpoint (latitude-llm's `0087_legacy_evaluations_part_2.sql`) is
 * still a statement of its own: the file is cut the same way, then each part split by the parser. `drizzle-kit migrate` applies the journal's
 * entries, in its order: a SQL file the journal does not list is never run, so it is left out, with a
 * `migration/not-in-journal` diagnostic naming it.
 *
 * A journal entry without its SQL file is what `drizzle-kit pull` leaves when its commented-out `0000_*.sql` is not
 * kept (midday): drizzle-kit migrate stops at the missing file, so the folder's SQL files are run by other means, all
 * of them in name order, after the schema the entry's `meta/0000_snapshot.json` records (its SQL, as the baseline
 * migration, located in the JSON); a `migration/journal-file-missing` diagnostic says so.
 */
const FILE = /^(\d+)_(.+)\.sql$/;
const JOURNAL = 'meta/_journal.json';

export const drizzleLoader: MigrationLoader = {
  format: 'drizzle',
  order: (migrations) => (migrations.some((migration) => migration.file.endsWith(SNAPSHOT_SUFFIX)) ? 'version' : 'file-name'),
  detect: async (listing) => {
    if (listing.files.includes(JOURNAL)) return true;
    const first = listing.files.find((file) => FILE.test(file));
    return first !== undefined && (await listing.read(first)).includes('--> statement-breakpoint');
  },
  load: async (listing) => {
    const tags = listing.files.includes(JOURNAL) ? journalTags(await listing.read(JOURNAL)) : undefined;
    const migrations = await loadMatchingSqlFiles(listing, FILE, (match, file) => ({ format: 'drizzle', version: match[1]!, name: match[2]!, upFile: file, statements: statementsByBreakpoints }));
    if (tags === undefined) return migrations;
    const missing = [...tags].filter((tag) => !listing.files.includes(`${tag}.sql`));
    if (missing.length > 0) return [...(await snapshotBaselines(listing, missing)), ...migrations];
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

const SNAPSHOT_SUFFIX = '_snapshot.json';

const BREAKPOINT = '--> statement-breakpoint';

/**
 * The statements of a drizzle-kit SQL file as its migrator runs them: the parts between `--> statement-breakpoint`
 * markers, each split by the parser at its own position in the file. One pass over the text.
 */
export function statementsByBreakpoints(sql: string, file: string): MigrationStatement[] {
  const statements: MigrationStatement[] = [];
  let line = 1;
  let column = 1;
  for (const part of sql.split(BREAKPOINT)) {
    if (part.trim() !== '') statements.push(...splitStatements(part, file, { line, column }));
    const lines = (part + BREAKPOINT).split('\n');
    line += lines.length - 1;
    column = lines.length > 1 ? lines[lines.length - 1]!.length + 1 : column + lines[0]!.length;
  }
  return statements;
}

/**
 * For each journal entry without its SQL file, the migration its snapshot makes (`0000_silly_sage` ->
 * `meta/0000_snapshot.json`), or, with no snapshot, nothing but the diagnostic.
 */
async function snapshotBaselines(listing: MigrationListing, tags: readonly string[]): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const tag of tags) {
    const [, version = tag, name = tag] = /^(\d+)_(.+)$/.exec(tag) ?? [];
    const snapshotFile = `meta/${version}${SNAPSHOT_SUFFIX}`;
    const journal = repoPath(listing, JOURNAL);
    const hasSnapshot = listing.files.includes(snapshotFile);
    const file = repoPath(listing, hasSnapshot ? snapshotFile : JOURNAL);
    const diagnostic: Diagnostic = {
      kind: 'diagnostic',
      code: 'migration/journal-file-missing',
      message:
        `${journal} lists ${tag} but ${tag}.sql is not in the folder (a drizzle-kit pull baseline): drizzle-kit migrate cannot run this folder, ` +
        `so every SQL file is applied in name order${hasSnapshot ? `, after the schema ${snapshotFile} records` : ''}`,
      location: { file, line: 1 },
    };
    const text = hasSnapshot ? await listing.read(snapshotFile) : '';
    const snapshot = hasSnapshot ? parseSnapshot(text) : undefined;
    const up = (snapshot ? snapshotSql(snapshot) : []).flatMap(({ key, sql }) => splitStatements(sql, file, { line: lineOfKey(text, key), column: 1 }));
    migrations.push({ kind: 'migration', file, version, name, format: 'drizzle', up, diagnostics: [diagnostic] });
  }
  return migrations;
}

/** A PostgreSQL snapshot of drizzle-kit, or undefined (another dialect, or not JSON). */
function parseSnapshot(text: string): DrizzleSnapshot | undefined {
  try {
    const snapshot = JSON.parse(text) as DrizzleSnapshot;
    return snapshot.dialect === undefined || snapshot.dialect === 'postgresql' || snapshot.dialect === 'pg' ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** The 1-based line where `"key":` first appears in the JSON text (1 when it does not). */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

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
