import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compareStrings, RippleError, type ServiceKind } from '@ripple/model';

/** A workspace package or folder scanned as one unit; its usages carry its name and kind. */
export interface ServiceSpec {
  readonly name: string;
  /** Relative to the scan root, `/`-separated; `.` for the root itself. */
  readonly dir: string;
  readonly kind: ServiceKind;
}

/** Folders never scanned for services or source files. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.turbo', '.next', 'out']);

export interface DiscoverOptions {
  /** Folders (relative to the root) that hold no services nor jobs: the migrations folder. */
  readonly exclude?: readonly string[];
}

/**
 * The services of a repository: each pnpm/npm/yarn workspace package when the root declares workspaces, else
 * each folder holding a package.json or tsconfig.json; the root too when it has source files of its own outside
 * those (a backend in `src/` or `server/` beside `frontend/` and `website/` packages). A service is a `job` when it
 * sits under a `jobs/` folder or its package.json says `"ripple": { "kind": "job" }`. A folder of `.sql` files
 * under `jobs/`, `etl/`, or a top-level `sql/`, `queries/`, `reports/` folder, outside the other services, is a
 * job of its own (named by its path). Sorted by dir.
 */
export async function discoverServices(root: string, options: DiscoverOptions = {}): Promise<readonly ServiceSpec[]> {
  const patterns = await workspacePatterns(root);
  const dirs = patterns ? await expandWorkspaces(root, patterns) : await projectFolders(root);
  const excluded = (dir: string): boolean => (options.exclude ?? []).some((path) => isWithin(dir, normalisePath(path)));
  const packages = dirs.filter((dir) => dir === '.' || !excluded(dir));
  if (!packages.includes('.') && (await hasOwnSources(root, '', new Set(packages)))) packages.push('.');
  const services = await Promise.all(packages.map((dir) => serviceOf(root, dir)));
  const jobs = await sqlJobFolders(root, packages.filter((dir) => dir !== '.'), excluded);
  return [...services, ...jobs].sort((a, b) => compareStrings(a.dir, b.dir));
}

/** `.ts`/`.js` source (not declaration files) or a Prisma schema that makes a root folder a service. */
const SOURCE_FILE = /\.[mc]?[jt]sx?$|\.prisma$/;
/** Tool configuration at the root of a repository: not source of its own. */
const ROOT_CONFIG_FILE = /(^|\.)config\.[mc]?[jt]s$|rc\.[mc]?[jt]s$|^\.|\.d\.[mc]?ts$/;

/** Whether `dir` holds source files outside the `services` folders (at its top level, tool config does not count). */
async function hasOwnSources(root: string, dir: string, services: ReadonlySet<string>): Promise<boolean> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile() && SOURCE_FILE.test(entry.name) && !/\.d\.[mc]?ts$/.test(entry.name) && (dir !== '' || !ROOT_CONFIG_FILE.test(entry.name))) return true;
  }
  for (const entry of entries) {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.') || services.has(path) || NOT_RUN_DIRS.has(entry.name)) continue;
    if (await hasOwnSources(root, path, services)) return true;
  }
  return false;
}

/** Folders whose files document or show code rather than run it: never a service, their SQL is not a consumer. */
export const NOT_RUN_DIRS = new Set(['docs', 'doc', 'website', 'examples']);
/** A folder of `.sql` files below one of these is a job. */
const JOB_DIRS = new Set(['jobs', 'etl']);
/** A top-level folder of `.sql` files named so is a job. */
const TOP_SQL_DIRS = new Set(['sql', 'queries', 'reports', 'scripts']);

/** Folders directly holding `.sql` files under `jobs/`, `etl/` or a top-level `sql/`, `queries/`, outside every package. */
async function sqlJobFolders(root: string, packages: readonly string[], excluded: (dir: string) => boolean): Promise<ServiceSpec[]> {
  const jobs: ServiceSpec[] = [];
  for (const dir of await walkDirs(root, '')) {
    const segments = dir.split('/');
    const jobLike = segments.some((segment) => JOB_DIRS.has(segment)) || TOP_SQL_DIRS.has(segments[0]!);
    if (!jobLike || excluded(dir) || segments.some((segment) => NOT_RUN_DIRS.has(segment) || segment === 'migrations')) continue;
    if (packages.some((pkg) => isWithin(dir, pkg))) continue;
    const entries = await readdir(join(root, dir)).catch(() => [] as string[]);
    if (entries.some((entry) => entry.endsWith('.sql'))) jobs.push({ name: dir, dir, kind: 'job' });
  }
  return jobs;
}

/** Whether `path` is `dir` or inside it (both relative, `/`-separated). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}

/** A relative path as discovery compares it: `/`-separated, no `./` or trailing `/`; `.` for the root. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';
}

async function workspacePatterns(root: string): Promise<readonly string[] | undefined> {
  const pnpm = await readText(join(root, 'pnpm-workspace.yaml'));
  if (pnpm !== undefined) return pnpmPackages(pnpm);
  const manifest = await readManifest(root, 'package.json');
  const workspaces = manifest?.['workspaces'];
  if (Array.isArray(workspaces)) return workspaces.map(String);
  if (isRecord(workspaces) && Array.isArray(workspaces['packages'])) return workspaces['packages'].map(String);
  return undefined;
}

/** The `packages:` list of pnpm-workspace.yaml (block or flow style). */
export function pnpmPackages(yaml: string): readonly string[] {
  const patterns: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    const flow = /^packages:\s*\[(.*)\]/.exec(line);
    if (flow) return flow[1]!.split(',').map(unquote).filter((item) => item.length > 0);
    if (/^packages:\s*$/.test(line)) {
      inPackages = true;
      continue;
    }
    if (inPackages) {
      const item = /^\s+-\s*(.+?)\s*$/.exec(line);
      if (item) patterns.push(unquote(item[1]!));
      else if (/^\S/.test(line)) inPackages = false;
    }
  }
  return patterns;
}

function unquote(text: string): string {
  return text.trim().replace(/^['"]|['"]$/g, '');
}

async function expandWorkspaces(root: string, patterns: readonly string[]): Promise<string[]> {
  const all = await walkDirs(root, '');
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(globRegExp);
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => globRegExp(pattern.slice(1)));
  const dirs = all.filter((dir) => include.some((re) => re.test(dir)) && !exclude.some((re) => re.test(dir)));
  const withManifest = await Promise.all(dirs.map(async (dir) => ((await readManifest(join(root, dir), 'package.json')) ? dir : undefined)));
  return withManifest.filter((dir): dir is string => dir !== undefined);
}

/** `packages/*`, `apps/**`, `services/api` -> a RegExp over `/`-separated relative dirs. */
export function globRegExp(pattern: string): RegExp {
  const parts = pattern.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
  let source = '';
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (part === '**') source += last ? '[^/]+(?:/[^/]+)*' : '(?:[^/]+/)*';
    else source += part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

async function projectFolders(root: string): Promise<string[]> {
  const dirs = await walkDirs(root, '');
  const found: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(join(root, dir)).catch(() => [] as string[]);
    if (entries.includes('package.json') || entries.includes('tsconfig.json')) found.push(dir);
  }
  if (found.length > 0) return found;
  return ['.'];
}

/** Every folder below `dir` (not `dir` itself), skipping node_modules, dist, hidden folders. */
export async function walkDirs(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const dirs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
    const child = dir === '' ? entry.name : `${dir}/${entry.name}`;
    dirs.push(child, ...(await walkDirs(root, child)));
  }
  return dirs;
}

/** The service in `dir`: named by its package.json or folder, a job under `jobs/` or when its package.json says so. */
export async function serviceOf(root: string, dir: string): Promise<ServiceSpec> {
  const manifest = await readManifest(join(root, dir), 'package.json');
  const name = typeof manifest?.['name'] === 'string' ? manifest['name'] : basename(dir === '.' ? root : dir);
  const ripple = manifest?.['ripple'];
  const underJobs = dir.split('/').slice(0, -1).includes('jobs');
  const kind: ServiceKind = underJobs || (isRecord(ripple) && ripple['kind'] === 'job') ? 'job' : 'service';
  return { name, dir, kind };
}

async function readManifest(dir: string, file: string): Promise<Record<string, unknown> | undefined> {
  const path = join(dir, file);
  const text = await readText(path);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch (error) {
    throw new RippleError('code-scan/bad-manifest', `${path} is not valid JSON: ${(error as Error).message}`, { file: path, line: 1 });
  }
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
