import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { detectMigrationFormat, FORMAT_SIGNS, type MigrationFormat } from '@ripple/db-schema';
import { compareStrings, RippleError } from '@ripple/model';
import type { MigrationsChoice } from './ripple-config.js';

/** How deep below the repository root the walk looks for migration folders and tool configs. */
export const DETECTION_MAX_DEPTH = 6;

/** Folders never walked: dependencies, outputs, VCS and test material. */
export const DETECTION_SKIPPED_DIRS: ReadonlySet<string> = new Set([
  'node_modules', 'dist', 'build', 'out', 'coverage', 'vendor', 'fixtures', '__fixtures__', 'test', 'tests', '__tests__',
  'e2e', 'integration-tests', 'examples', 'tmp',
]);

/** A migrations folder found in the tree and what points at it. */
export interface MigrationFolderCandidate {
  /** Relative to the repository root, `/`-separated. */
  readonly dir: string;
  /** The tool config naming the folder (`packages/db/prisma/schema.prisma`), when one does. */
  readonly via?: string;
  /** The tool that config belongs to, which says the format when the files alone do not. */
  readonly tool?: MigrationFormat;
  /** Files and folders directly in it that look like migrations. */
  readonly count: number;
  /** The format the loaders recognise in it. */
  readonly detected?: MigrationFormat;
}

/** A tool config found by the walk, and the folder it names (relative to the repository root). */
export interface ToolPointer {
  readonly tool: MigrationFormat;
  readonly via: string;
  readonly dirs: readonly string[];
  /**
   * The schema file (or folder) the config declares, relative to the config's folder: a Prisma schema itself (its
   * folder for a `prisma/schema/*.prisma` one), a drizzle config's `schema`. What `detectSchemaSource` reads
   * when no migrations folder exists.
   */
  readonly schema?: string;
  /** A package.json that mentions the tool: its format gives way to what the files show. */
  readonly weak?: true;
}

/**
 * Finds the migrations folder of a repository without `migrations.dir`: every folder a tool config names (Prisma
 * schema, .sequelizerc, knexfile, db-migrate config, TypeORM data source or ormconfig, drizzle config, MikroORM
 * config) or whose name says so (`migrations`, `knex_migrations`, `migration`, `db/migrate`, `drizzle`), anywhere down to
 * `DETECTION_MAX_DEPTH` outside `DETECTION_SKIPPED_DIRS`; ranked by `rankCandidates`. Throws `config/not-found`
 * when there is none (or none in the `format` the config asks for).
 */
export async function detectMigrations(root: string, format?: MigrationFormat): Promise<MigrationsChoice> {
  const all = await findMigrationFolders(root);
  const candidates = format === undefined ? all : all.filter((candidate) => (candidate.tool ?? candidate.detected) === format);
  const ranked = rankCandidates(candidates);
  const best = ranked[0];
  if (best === undefined) {
    const what = format === undefined ? 'no migrations folder' : `no ${format} migrations folder`;
    throw new RippleError(
      'config/not-found',
      `${what} found (looked for Prisma, Sequelize, Knex, db-migrate, TypeORM, drizzle and MikroORM configs and for folders named migrations or db/migrate, ${DETECTION_MAX_DEPTH} levels deep): set migrations.dir in ripple.config.json (docs/config.md)`,
    );
  }
  const chosenFormat = format ?? best.tool ?? best.detected;
  return {
    dir: best.dir,
    ...(chosenFormat !== undefined ? { format: chosenFormat } : {}),
    reason: describeChoice(best, format),
    others: ranked.slice(1).map((candidate) => candidate.dir),
    ...(format !== undefined ? { formatAsked: format } : {}),
  };
}

/**
 * Comparing two trees, the folder the change adds migrations to, when detection chose another: a repository that
 * keeps one migrations folder per module (medusa's `packages/modules/<module>/src/migrations`) has the change's
 * migration in one of them, and that is the history the report is about. The best-ranked folder with a new entry
 * (a file or folder the base tree's folder does not have) wins; undefined when detection's own folder has one, or
 * no folder has.
 */
export async function folderOfTheChange(baseRoot: string, headRoot: string, choice: MigrationsChoice): Promise<MigrationsChoice | undefined> {
  if (choice.others.length === 0 || (await addsEntries(baseRoot, headRoot, choice.dir))) return undefined;
  const candidates = (await findMigrationFolders(headRoot)).filter((candidate) => choice.formatAsked === undefined || (candidate.tool ?? candidate.detected) === choice.formatAsked);
  const ranked = rankCandidates(candidates);
  for (const candidate of ranked) {
    if (candidate.dir === choice.dir || !(await addsEntries(baseRoot, headRoot, candidate.dir))) continue;
    const format = choice.formatAsked ?? candidate.tool ?? candidate.detected;
    return {
      dir: candidate.dir,
      ...(format !== undefined ? { format } : {}),
      reason: `${describeChoice(candidate, choice.formatAsked)}: the change adds migrations there, and none to ${choice.dir}`,
      others: ranked.filter((other) => other !== candidate).map((other) => other.dir),
      ...(choice.formatAsked !== undefined ? { formatAsked: choice.formatAsked } : {}),
    };
  }
  return undefined;
}

/** Whether the head tree's folder has an entry the base tree's does not (a folder new in the head has all). */
async function addsEntries(baseRoot: string, headRoot: string, dir: string): Promise<boolean> {
  const names = async (root: string) => new Set(await readdir(join(root, dir)).catch(() => []));
  const [base, head] = await Promise.all([names(baseRoot), names(headRoot)]);
  for (const name of head) if (!base.has(name)) return true;
  return false;
}

/**
 * Best first: a folder named for another database (`migration/sqlite`, `migrations/mysql`) last; then a folder a tool
 * config names beats a name match; then one in a format the loaders recognise; then more migrations; then shallower;
 * then by path.
 */
export function rankCandidates(candidates: readonly MigrationFolderCandidate[]): MigrationFolderCandidate[] {
  const depth = (dir: string) => dir.split('/').length;
  return [...candidates].sort(
    (a, b) =>
      Number(namedForOtherDatabase(a.dir)) - Number(namedForOtherDatabase(b.dir)) ||
      Number(b.via !== undefined) - Number(a.via !== undefined) ||
      Number((b.tool ?? b.detected) !== undefined) - Number((a.tool ?? a.detected) !== undefined) ||
      b.count - a.count ||
      depth(a.dir) - depth(b.dir) ||
      compareStrings(a.dir, b.dir),
  );
}

/** `prisma/migrations via prisma/schema.prisma (12 migrations), format prisma (detected: migration.sql in ...)` */
export function describeChoice(candidate: MigrationFolderCandidate, configured?: MigrationFormat): string {
  const where = candidate.via !== undefined ? `via ${candidate.via}` : 'by its name';
  const count = `${candidate.count} migration${candidate.count === 1 ? '' : 's'}`;
  let format: string;
  if (configured !== undefined) format = `format ${configured} (migrations.format)`;
  else if (candidate.detected !== undefined && (candidate.tool === undefined || candidate.tool === candidate.detected)) format = `format ${candidate.detected} (detected: ${FORMAT_SIGNS[candidate.detected]})`;
  else if (candidate.tool !== undefined) format = `format ${candidate.tool} (named by ${candidate.via ?? 'its tool config'})`;
  else format = 'format not recognised';
  return `${candidate.dir} ${where} (${count}), ${format}`;
}

/** Every candidate folder of the tree, each once (a tool config's naming wins over the name match), by path. */
export async function findMigrationFolders(root: string): Promise<MigrationFolderCandidate[]> {
  const { named, pointers } = await findToolConfigs(root);
  const byDir = new Map<string, Partial<ToolPointer>>();
  for (const pointer of pointers) {
    for (const dir of await resolveExistingDirs(root, pointer)) if (!byDir.has(dir)) byDir.set(dir, pointer);
  }
  for (const dir of named) if (!byDir.has(dir)) byDir.set(dir, {});

  const candidates: MigrationFolderCandidate[] = [];
  for (const [listed, pointer] of [...byDir].sort(([a], [b]) => compareStrings(a, b))) {
    const dir = await preferPostgresSubfolder(root, listed);
    if (dir !== listed && byDir.has(dir)) continue;
    const count = await countMigrations(root, dir);
    if (count === 0) continue;
    const detected = await detectMigrationFormat(root, dir);
    const tool = pointer.weak && detected !== undefined ? undefined : pointer.tool;
    candidates.push({ dir, count, ...(pointer.via !== undefined ? { via: pointer.via } : {}), ...(tool !== undefined ? { tool } : {}), ...(detected !== undefined ? { detected } : {}) });
  }
  return candidates;
}

/**
 * One walk of the tree (down to `DETECTION_MAX_DEPTH`, outside `DETECTION_SKIPPED_DIRS`): the folders named like
 * migration folders, and every tool config with the folders (and schema) it names, by path.
 */
export async function findToolConfigs(root: string): Promise<{ readonly named: ReadonlySet<string>; readonly pointers: readonly ToolPointer[] }> {
  const named = new Set<string>();
  const pointers: ToolPointer[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || DETECTION_SKIPPED_DIRS.has(entry.name)) continue;
        if (isMigrationFolderName(path)) named.add(path);
        else subdirs.push(path);
      } else if (entry.isFile()) {
        const pointer = await readToolConfig(root, path, entry.name);
        if (pointer) pointers.push(pointer);
      }
    }
    if (depth < DETECTION_MAX_DEPTH) for (const subdir of subdirs.sort(compareStrings)) await walk(subdir, depth + 1);
  };
  await walk('', 0);
  return { named, pointers: [...pointers].sort((a, b) => compareStrings(a.via, b.via)) };
}

/** `migrations`, `migration` (also as a suffix: `knex_migrations`, `pg-migrations`), `db/migrate`, and `drizzle` folders. */
function isMigrationFolderName(path: string): boolean {
  const name = posix.basename(path);
  return /(^|[-_.])migrations?$/i.test(name) || name === 'drizzle' || path === 'db/migrate' || path.endsWith('/db/migrate');
}

/**
 * The folders a tool config names that exist. A relative path is tried from the config's folder, then from each
 * folder above it (tools resolve it from the working directory, usually the package root the config sits under).
 */
async function resolveExistingDirs(root: string, pointer: ToolPointer): Promise<string[]> {
  const found: string[] = [];
  for (const dir of pointer.dirs) {
    for (let from = posix.dirname(pointer.via); ; from = posix.dirname(from)) {
      const path = posix.normalize(from === '.' ? dir : `${from}/${dir}`).replace(/\/+$/, '');
      if (!path.startsWith('..') && (await isDirectory(join(root, path)))) {
        found.push(path);
        break;
      }
      if (from === '.') break;
    }
  }
  return found;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

const POSTGRES_FOLDERS = ['postgres', 'postgresql', 'pg'];

/** Databases other than PostgreSQL, as folders and TypeORM's `type` name them. */
const OTHER_DATABASE = /^(sqlite3?|better-sqlite3|sqljs|capacitor|cordova|expo|react-native|nativescript|mysql|mariadb|mssql|sqlserver|oracle|sap|spanner|mongodb)$/i;

/** `server/migration/sqlite`, `db/migrations/mysql`: a folder of another database's migrations. */
function namedForOtherDatabase(dir: string): boolean {
  return dir.split('/').some((segment) => OTHER_DATABASE.test(segment));
}

/** A folder holding one subfolder per database (`mysql/`, `postgres/`, `sqlite/`): its PostgreSQL one. */
async function preferPostgresSubfolder(root: string, dir: string): Promise<string> {
  for (const name of POSTGRES_FOLDERS) if (await isDirectory(join(root, dir, name))) return `${dir}/${name}`;
  return dir;
}

const MIGRATION_ENTRY = /\.(sql|[cm]?[jt]s)$/;
/** Down files (`x.down.sql`, Flyway's `U1__x.sql`) and type declarations are not migrations of their own. */
const DOWN_OR_TYPES = /\.down\.sql$|^U\d.*\.sql$|\.d\.ts$/;

/** Entries directly in the folder that look like migrations: code or SQL up files, and folders (Prisma's). */
async function countMigrations(root: string, dir: string): Promise<number> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => (entry.isDirectory() ? entry.name !== 'meta' && !entry.name.startsWith('.') : MIGRATION_ENTRY.test(entry.name) && !DOWN_OR_TYPES.test(entry.name))).length;
}

const KNEXFILE = /^knexfile\.[cm]?[jt]s$/;
const DRIZZLE_CONFIG = /^drizzle\.config\.([cm]?[jt]s|json)$/;
const MIKRO_ORM_CONFIG = /^mikro-orm\.config(\.[\w-]+)?\.[cm]?[jt]s$/;
const TYPEORM_CONFIG = /^(ormconfig\.(json|[cm]?[jt]s)|.*data-?source\.[cm]?[jt]s|typeorm\.config\.[cm]?[jt]s)$/i;

/** The folders a tool config names, read statically (string literals; `__dirname` and `path.join` understood). */
async function readToolConfig(root: string, path: string, name: string): Promise<ToolPointer | undefined> {
  const folder = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const read = () => readFile(join(root, path), 'utf8').catch(() => '');
  // Paths stay relative to the config's folder: `resolveExistingDirs` resolves them.
  const at = (...parts: string[]) => posix.normalize(posix.join(...parts)).replace(/\/+$/, '');
  if (name === 'schema.prisma' || (name.endsWith('.prisma') && posix.basename(folder) === 'schema')) {
    const prismaDir = name === 'schema.prisma' && posix.basename(folder) !== 'schema' ? folder : posix.dirname(folder);
    return { tool: 'prisma', via: path, dirs: [prismaDir === folder ? 'migrations' : '../migrations'], schema: prismaDir === folder ? name : '.' };
  }
  if (name === '.sequelizerc') {
    const dir = extractPath(await read(), "['\"]migrations-path['\"]");
    return { tool: 'sequelize', via: path, dirs: [at(dir ?? 'migrations')] };
  }
  if (KNEXFILE.test(name)) {
    const text = await read();
    const block = /migrations\s*:\s*\{([\s\S]*?)\}/.exec(text)?.[1] ?? '';
    return { tool: 'knex', via: path, dirs: [at(extractPath(block, 'directory') ?? 'migrations')] };
  }
  if (name === '.db-migraterc' || name === 'database.json') {
    const text = await read();
    if (name === 'database.json' && !/"driver"\s*:/.test(text)) return undefined;
    return { tool: 'db-migrate', via: path, dirs: [at(extractPath(text, '"migrations-dir"') ?? 'migrations')] };
  }
  if (DRIZZLE_CONFIG.test(name)) {
    const text = await read();
    const schema = drizzleSchemaPath(text);
    return { tool: 'drizzle', via: path, dirs: [at(extractPath(text, 'out') ?? 'drizzle')], ...(schema !== undefined ? { schema: at(schema) } : {}) };
  }
  if (MIKRO_ORM_CONFIG.test(name)) {
    const block = /migrations\s*:\s*\{([\s\S]*?)\}/.exec(await read())?.[1] ?? '';
    const dir = extractPath(block, 'pathTs') ?? extractPath(block, 'path');
    return { tool: 'mikro-orm', via: path, dirs: [at(dir ?? 'src/migrations')] };
  }
  if (name === 'package.json') {
    const text = await read();
    if (!text.includes('node-pg-migrate')) return undefined;
    const flag = /node-pg-migrate[^"]*?(?:--migrations-dir|-m)[ =]+([^\s"]+)/.exec(text)?.[1];
    return { tool: 'node-pg-migrate', via: path, dirs: [at(flag ?? 'migrations')], weak: true };
  }
  if (TYPEORM_CONFIG.test(name)) {
    const text = await read();
    if (!/typeorm|DataSource|"migrations"|migrations\s*:/.test(text)) return undefined;
    const lists = [...text.matchAll(/["']?migrations["']?\s*:\s*\[([\s\S]*?)\]/g)];
    if (lists.length === 0) return undefined;
    // One file may declare a data source per database (jellyseerr's `server/datasource.ts`: SQLite, then PostgreSQL):
    // the lists of the objects whose `type` is another database give way to the others.
    const postgres = lists.filter((list) => !OTHER_DATABASE.test(typeOfEnclosingObject(text, list.index) ?? ''));
    const dirs = (postgres.length > 0 ? postgres : lists).flatMap((list) => extractGlobs(list[1]!).map((glob) => at(stripGlob(glob))));
    return dirs.length === 0 ? undefined : { tool: 'typeorm', via: path, dirs: [...new Set(dirs.flatMap((dir) => [dir, dir.replace(/(^|\/)dist\//, '$1src/')]))] };
  }
  return undefined;
}

/**
 * The `type` of the object literal around `index` (`{ type: 'sqlite', ..., migrations: [...] }`), read from the text:
 * the braces from the nearest unclosed `{` before it to its match, strings skipped; a `type` of a nested object
 * (`ssl: { type: ... }`) is not its. Undefined when there is no such object or no `type` key in it.
 */
function typeOfEnclosingObject(text: string, index: number): string | undefined {
  let open = -1;
  for (let depth = 0, at = index - 1; at >= 0; at -= 1) {
    const char = text[at];
    if (char === '}') depth += 1;
    else if (char === '{' && depth-- === 0) {
      open = at;
      break;
    }
  }
  if (open === -1) return undefined;
  let depth = 0;
  let quote: string | undefined;
  let body = '';
  for (let at = open + 1; at < text.length; at += 1) {
    const char = text[at]!;
    if (quote !== undefined) {
      if (char === '\\') at += 1;
      else if (char === quote) quote = undefined;
      if (depth === 0) body += char;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      if (depth === 0) break;
      depth -= 1;
      continue;
    }
    if (depth === 0) body += char;
  }
  return /["']?type["']?\s*:\s*["'`]([\w-]+)["'`]/.exec(body)?.[1];
}

/**
 * A drizzle config's `schema` when it is one path (`schema: './src/db/schema.ts'`); a glob stands for the folder
 * before its first wildcard (drizzle-kit reads a folder's files). A list of paths is undefined: one file or folder
 * is what `drizzle-kit export --schema` takes.
 */
function drizzleSchemaPath(text: string): string | undefined {
  if (/\bschema\s*:\s*\[/.test(text)) return undefined;
  const path = extractPath(text, 'schema');
  if (path === undefined || !/[*{?[]/.test(path)) return path;
  return stripGlob(path) || '.';
}

/**
 * The path a key's value spells with string literals: `directory: './db/migrations'`,
 * `'migrations-path': path.resolve('src', 'migrations')`, `out: join(__dirname, 'drizzle')`. `__dirname`,
 * `process.cwd()` and the like are the config's own folder; undefined when no literal follows the key.
 */
function extractPath(text: string, key: string): string | undefined {
  const match = new RegExp(`${key}\\s*:\\s*([\\w.$]+\\s*\\([^)]*\\)|[^,}\\n]*)`).exec(text);
  if (!match) return undefined;
  const literals = [...match[1]!.matchAll(/(['"`])([^'"`$]*)\1/g)].map((literal) => literal[2]!).filter((part) => part !== '');
  return literals.length === 0 ? undefined : posix.join(...literals);
}

/** `'src/migrations/*.ts', "dist/migration/**\/*.js"` -> the literals */
function extractGlobs(list: string): string[] {
  return [...list.matchAll(/(['"`])([^'"`]+)\1/g)].map((literal) => literal[2]!.replace(/^\$\{__dirname\}/, '').replace(/^\/+/, ''));
}

/** `src/migrations/*{.ts,.js}` -> `src/migrations` */
function stripGlob(glob: string): string {
  const parts = glob.split('/');
  const wild = parts.findIndex((part) => /[*{?[]/.test(part));
  const kept = wild === -1 ? parts.slice(0, /\.[cm]?[jt]s$/.test(glob) ? -1 : undefined) : parts.slice(0, wild);
  return kept.join('/');
}
