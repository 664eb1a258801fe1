import { readdir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { compareStrings } from '@ripple/model';
import { isWithin, normalisePath, SKIPPED_DIRS, type ServiceSpec } from './discover-services.js';

/** A service's files: the ones an adapter reads, and the others an import can name without an adapter reading them. */
export interface ServiceFiles {
  /** `.ts`, `.js`, and the adapters' extensions such as `.sql`, `.prisma`; not declaration files. */
  readonly code: readonly string[];
  /** Declaration files (`.d.ts`), JSON files (`package.json` among them) and symbolic links: an import may name one. */
  readonly modules: readonly string[];
}

/** The extensions of TypeScript and JavaScript sources, and of Vue single-file components (their `<script>` blocks). */
export const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue'];

const MODULE_FILE = /\.(d\.[mc]?ts|json)$/;
/** Declaration files that hold a generated database interface (kysely-codegen, prisma-kysely): read as code too. */
const DATABASE_TYPES = /^(db|database)([-.]types)?\.d\.ts$/i;
/** Declaration files openapi-typescript and its kind write an API's types to (`schema.d.ts`, `api.d.ts`, `v1.d.ts`): read as code too. */
const API_TYPES = /^(schema|api|openapi|swagger|v\d+)([-.][\w-]+)?\.d\.ts$/i;
/** A migrations folder's name: `migrations`, `migration`, `migrations-sqlite`. */
export const MIGRATIONS_DIR = /^migrations?([-_.][\w.-]*)?$/;
/** A test's own name (`*.test.ts`, `*.spec.js`): in a migrations folder, the only files that are consumers. */
const TEST_NAME = /\.(test|spec|e2e-spec)\.[mc]?[jt]sx?$/;
/** Folders whose SQL shows rather than runs. */
const DOC_DIRS = /(^|\/)(docs?|examples?)\//;
/** A schema dump (`schema.sql`, `structure.sql`, `dump.sql`, `*.dump.sql`): the database's shape, not a consumer of it. */
const DUMP_FILE = /(^|\/)(schema|structure|[\w.-]*dump[\w.-]*)\.sql$/i;

/**
 * A folder of migrations: named `migrations` or `migration`, or so with a suffix (`migrations-sqlite`) (TypeORM, Sequelize, Knex, Prisma's `prisma/migrations`,
 * MikroORM, Kysely), or holding drizzle-kit's `meta/_journal.json`. Their statements change the schema, and the
 * DML in them migrates data once: not consumers of the columns they name.
 */
async function isMigrationsFolder(root: string, dir: string): Promise<boolean> {
  if (MIGRATIONS_DIR.test(posix.basename(dir))) return true;
  return (await stat(join(root, dir, 'meta', '_journal.json')).catch(() => undefined))?.isFile() ?? false;
}

/** A module of code a data migration is written in (`.ts`, `.js`, not a declaration file). */
const CODE_MODULE = /(?<!\.d)\.[mc]?[jt]sx?$/;

/** SQL that is not run: in a docs or examples folder, or a schema dump. */
export function isNotRunSql(path: string): boolean {
  return path.endsWith('.sql') && (DOC_DIRS.test(path) || DUMP_FILE.test(path));
}

/**
 * The files of each service, relative to the root and sorted. A file belongs to the innermost service holding it;
 * declaration files (`.d.ts`) are types, not code: listed with JSON files as modules, not read. Files under
 * `exclude` (the configured migrations folder), migrations folders (`isMigrationsFolder`) and SQL that is not run
 * (`isNotRunSql`) are no consumers: not listed. With `migrationModulesAreData` (the schema's own migrations are SQL,
 * as Prisma's and drizzle-kit's are), the code modules of other migrations folders are listed: no schema tool runs
 * them, the application does, on the schema of the day (AFFiNE's `src/data/migrations/*.ts`, Prisma client calls).
 */
export async function listServiceFiles(
  root: string,
  services: readonly ServiceSpec[],
  extensions: readonly string[],
  exclude: readonly string[] = [],
  migrationModulesAreData = false,
): Promise<ReadonlyMap<string, ServiceFiles>> {
  const excluded = exclude.map(normalisePath);
  const serviceDirs = new Set(services.map((service) => service.dir));
  const result = new Map<string, ServiceFiles>();
  for (const service of services) {
    const code: string[] = [];
    const modules: string[] = [];
    /** `testsOnly`: inside a migrations folder, where only tests (and, with `migrationModulesAreData`, code modules) are consumers. */
    const walk = async (dir: string, testsOnly: boolean): Promise<void> => {
      const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
        if (excluded.some((other) => isWithin(path, other))) continue;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.') && !serviceDirs.has(path)) await walk(path, testsOnly || (await isMigrationsFolder(root, path)));
        } else if (testsOnly) {
          const dataMigration = migrationModulesAreData && CODE_MODULE.test(entry.name) && extensions.some((extension) => entry.name.endsWith(extension));
          if (entry.isFile() && (TEST_NAME.test(entry.name) || dataMigration)) code.push(path);
        } else if (entry.isSymbolicLink() || (entry.isFile() && MODULE_FILE.test(entry.name))) {
          modules.push(path);
          // A generated database interface is often a declaration file (kysely-codegen's `db.d.ts`): read too.
          if (entry.isFile() && (DATABASE_TYPES.test(entry.name) || API_TYPES.test(entry.name))) code.push(path);
        } else if (entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)) && !isNotRunSql(path)) code.push(path);
      }
    };
    await walk(service.dir, false);
    result.set(service.dir, { code: code.sort(compareStrings), modules: modules.sort(compareStrings) });
  }
  return result;
}
