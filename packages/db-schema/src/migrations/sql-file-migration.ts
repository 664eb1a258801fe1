import type { Migration, MigrationFormat, MigrationStatement } from './migration.js';
import type { MigrationListing } from './migration-loader.js';
import { repoPath } from './migration-loader.js';
import { splitStatements } from './split-statements.js';

export interface SqlFileMigrationInput {
  readonly format: MigrationFormat;
  readonly version: string;
  readonly name: string;
  /** The up file, relative to the listing's directory. */
  readonly upFile: string;
  /** A separate down file, relative to the listing's directory. */
  readonly downFile?: string;
  /** For one-file formats (dbmate, node-pg-migrate): cut the file into its up and down sections. */
  readonly sections?: (text: string) => { readonly up: string; readonly down?: string };
  /** How the format's runner cuts a file into statements (drizzle-kit at its breakpoints); by default the parser's `;`. */
  readonly statements?: (sql: string, file: string) => MigrationStatement[];
}

/** Reads a SQL migration (one file, or an up and a down file) into a `Migration`, statements split by the parser. */
export async function loadSqlFileMigration(listing: MigrationListing, input: SqlFileMigrationInput): Promise<Migration> {
  const upPath = repoPath(listing, input.upFile);
  const text = await listing.read(input.upFile);
  const sections = input.sections ? input.sections(text) : { up: text };
  const statementsOf = input.statements ?? ((sql: string, file: string) => splitStatements(sql, file));
  let down: Migration['down'];
  if (input.downFile !== undefined) {
    const downPath = repoPath(listing, input.downFile);
    down = { file: downPath, statements: statementsOf(await listing.read(input.downFile), downPath) };
  } else if (sections.down !== undefined) {
    down = { file: upPath, statements: statementsOf(sections.down, upPath) };
  }
  const up: readonly MigrationStatement[] = statementsOf(sections.up, upPath);
  return {
    kind: 'migration',
    file: upPath,
    version: input.version,
    name: input.name,
    format: input.format,
    up,
    ...(down ? { down } : {}),
  };
}

/**
 * Cuts a one-file migration at marker lines (`-- migrate:up` / `-- migrate:down`) into up and down SQL. Text outside
 * a section is blanked (newlines kept), so statement positions stay those of the file.
 */
export function sectionsByMarkers(text: string, upMarker: RegExp, downMarker: RegExp): { up: string; down?: string } {
  const lines = text.split('\n');
  const owner = lines.map(() => 'none' as 'none' | 'up' | 'down');
  let current: 'none' | 'up' | 'down' = 'none';
  lines.forEach((line, index) => {
    if (upMarker.test(line)) current = 'up';
    else if (downMarker.test(line)) current = 'down';
    else owner[index] = current;
  });
  const keep = (section: 'up' | 'down'): string =>
    lines.map((line, index) => (owner[index] === section ? line : line.replace(/[^\n]/g, ' '))).join('\n');
  const hasDown = owner.includes('down');
  return hasDown ? { up: keep('up'), down: keep('down') } : { up: keep('up') };
}

/** Loads every file of the listing that `pattern` matches, as `input` describes it (undefined skips the file). */
export async function loadMatchingSqlFiles(
  listing: MigrationListing,
  pattern: RegExp,
  input: (match: RegExpExecArray, file: string) => SqlFileMigrationInput | undefined,
): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of listing.files) {
    const match = pattern.exec(file);
    const described = match ? input(match, file) : undefined;
    if (described) migrations.push(await loadSqlFileMigration(listing, described));
  }
  return migrations;
}

/** True when the first file `pattern` matches has a line `marker` matches (dbmate, node-pg-migrate markers). */
export async function firstMatchingFileHasLine(listing: MigrationListing, pattern: RegExp, marker: RegExp): Promise<boolean> {
  const first = listing.files.find((file) => pattern.test(file));
  return first !== undefined && (await listing.read(first)).split('\n').some((line) => marker.test(line));
}

/** `{ downFile }` when the listing has that file, else nothing. */
export function downFileIfPresent(listing: MigrationListing, downFile: string | undefined): { downFile?: string } {
  return downFile !== undefined && listing.files.includes(downFile) ? { downFile } : {};
}
