import { posix } from 'node:path';
import type { Diagnostic } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import type { FileFacts } from '../facts/file-facts.js';
import { SKIPPED_DIRS } from '../services/discover-services.js';
import { MIGRATIONS_DIR } from '../services/list-service-files.js';

export interface ServiceModules {
  /** The service's folder, relative to the root, `/`-separated; `.` for the root. */
  readonly dir: string;
  readonly files: readonly FileFacts[];
  /** Every file an import can resolve to: the scanned files, declaration and JSON files, symbolic links. */
  readonly paths: ReadonlySet<string>;
  /** Folders of other services inside this one: their files are not listed, so imports into them are not checked. */
  readonly nested: readonly string[];
  /**
   * Folders a code generator writes at build time (a Prisma generator's `output`): an import into one is the generated
   * client, whose models the scan reads from the schema that generates it, not a missing file.
   */
  readonly generated?: readonly string[];
}

/** What TypeScript tries after a specifier without a known extension, and inside a folder as `index`. */
const SUFFIXES = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.d.mts', '.d.cts', '.mjs', '.cjs', '.json'];
/** A `.js` specifier names the `.ts` file compiled to it (node16, nodenext, bundler). */
const OUTPUT_TO_SOURCE: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx', '.d.ts'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};
/** Files a bundler loads and TypeScript leaves to wildcard declarations (`declare module '*.css'`): never checked. */
const ASSET = /\.(css|scss|sass|less|styl|svg|png|jpe?g|gif|webp|avif|ico|bmp|html?|md|mdx|txt|csv|ya?ml|toml|graphql|gql|wasm|node|vue|svelte|astro|woff2?|ttf|eot|mp[34]|webm|wav|glsl|worker)$/i;

/**
 * `code/unresolved-import`: a relative import, re-export, `require` or `import()` whose file is not in the service
 * (TypeScript's TS2307), resolved as TypeScript does: the exact file, `.js` for `.ts`, the extensions TypeScript
 * tries, a folder's `index` or `package.json`. Only targets the listing covers are checked: not outside the service,
 * not in `node_modules`, `dist`, hidden or migrations folders, not in a nested service or behind a symbolic link, not assets or
 * specifiers with a bundler query (`?raw`). Bare specifiers (packages, `paths` aliases) are never checked. Pure;
 * depends on the service's file list, which keys its cached result.
 */
export function findUnresolvedImports(service: ServiceModules): readonly Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const prefix = service.dir === '.' ? '' : `${service.dir}/`;
  for (const file of service.files) {
    for (const fact of file.imports) {
      // `'./producer/'`, `'../'`: a folder named with its trailing slash is that folder (its index).
      const target = posix.normalize(posix.join(posix.dirname(file.file), fact.specifier)).replace(/(?<=.)\/+$/, '');
      if (!target.startsWith(prefix) || target.startsWith('../') || target === '..') continue;
      const inside = target.slice(prefix.length).split('/');
      // A migrations folder is not listed (a migration's test imports the migration): not checked either.
      if (inside.some((part) => SKIPPED_DIRS.has(part) || MIGRATIONS_DIR.test(part) || (part.startsWith('.') && part !== '.'))) continue;
      if (isInside(target, service.nested) || isInside(target, service.generated ?? [])) continue;
      // `./worker?worker`, `./icon.svg#id`: a bundler's query or fragment, not a file name.
      if (/[?#]/.test(fact.specifier) || ASSET.test(target) || resolves(target, service.paths) || underLink(target, service.paths)) continue;
      diagnostics.push({
        kind: 'diagnostic',
        code: 'code/unresolved-import',
        message: `${fact.location.file}:${fact.location.line}: cannot find module '${fact.specifier}' (no such file in the service; TypeScript: TS2307); what it exports is not followed`,
        location: fact.location,
      });
    }
  }
  return diagnostics;
}

/** Whether the path is one of the folders or inside one. */
function isInside(path: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => path === dir || path.startsWith(`${dir}/`));
}

/** A listed path that is a folder on the way to the target can only be a symbolic link to a folder: not walked. */
function underLink(target: string, paths: ReadonlySet<string>): boolean {
  for (let dir = posix.dirname(target); dir !== '.' && dir !== '/'; dir = posix.dirname(dir)) if (paths.has(dir)) return true;
  return false;
}

function resolves(target: string, paths: ReadonlySet<string>): boolean {
  if (paths.has(target)) return true;
  const extension = posix.extname(target);
  const sources = ownEntry(OUTPUT_TO_SOURCE, extension);
  if (sources?.some((source) => paths.has(target.slice(0, -extension.length) + source))) return true;
  if (SUFFIXES.some((suffix) => paths.has(target + suffix))) return true;
  const folder = target === '.' ? '' : `${target}/`;
  return paths.has(`${folder}package.json`) || SUFFIXES.some((suffix) => paths.has(`${folder}index${suffix}`));
}
