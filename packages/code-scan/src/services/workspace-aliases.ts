import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { ServiceSpec } from './discover-services.js';

/** The tsconfig files whose `paths` may name another package of the workspace (an Nx `tsconfig.base.json`). */
const TSCONFIG_FILES = ['tsconfig.base.json', 'tsconfig.json'];
/** A package-like alias (`@ghostfolio/common`, `shared`), not a folder shortcut (`@/`, `~/`, `#lib`). */
const PACKAGE_ALIAS = /^(@[\w.-]+\/)?[\w][\w.-]*(\/[\w.-]+)*$/;

/**
 * The tsconfig `paths` aliases that name another service's folder: `"@ghostfolio/common/*": ["./libs/common/src/lib/*"]`
 * makes `@ghostfolio/common` an import name of the service in `libs/common`. Read from the root's and each service's
 * tsconfig.base.json / tsconfig.json; an alias two tsconfigs point at different services is dropped. Alias -> service
 * dir, sorted by alias.
 */
export function readPathAliases(root: string, services: readonly ServiceSpec[]): ReadonlyMap<string, string> {
  const found = new Map<string, string | null>();
  const dirs = [...new Set(['.', ...services.map((service) => service.dir)])];
  for (const dir of dirs) {
    for (const name of TSCONFIG_FILES) {
      const file = dir === '.' ? name : `${dir}/${name}`;
      for (const [alias, target] of pathsOf(root, file)) {
        const service = serviceAt(target, services);
        if (service === undefined) continue;
        const seen = found.get(alias);
        found.set(alias, seen === undefined || seen === service.dir ? service.dir : null);
      }
    }
  }
  return new Map([...found].flatMap(([alias, dir]): [string, string][] => (dir === null ? [] : [[alias, dir]])).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A tsconfig's package-like aliases, each with the folder (relative to the root) its first target is in. */
function pathsOf(root: string, file: string): [string, string][] {
  let config: unknown;
  try {
    config = JSON.parse(withoutComments(readFileSync(join(root, file), 'utf8')));
  } catch {
    return [];
  }
  const options = (config as { compilerOptions?: { baseUrl?: unknown; paths?: unknown } } | null)?.compilerOptions;
  const paths = options?.paths;
  if (typeof paths !== 'object' || paths === null) return [];
  const base = posix.join(posix.dirname(file), typeof options?.baseUrl === 'string' ? options.baseUrl : '.');
  const aliases: [string, string][] = [];
  for (const [key, targets] of Object.entries(paths as Record<string, unknown>)) {
    const alias = key.endsWith('/*') ? key.slice(0, -2) : key;
    const first: unknown = Array.isArray(targets) ? targets[0] : undefined;
    if (!PACKAGE_ALIAS.test(alias) || typeof first !== 'string') continue;
    const target = posix.normalize(posix.join(base, first.endsWith('/*') ? first.slice(0, -2) : posix.dirname(first)));
    if (!target.startsWith('..')) aliases.push([alias, target]);
  }
  return aliases;
}

/** The service whose folder holds `path`, the innermost (the root service `.` last). */
function serviceAt(path: string, services: readonly ServiceSpec[]): ServiceSpec | undefined {
  let best: ServiceSpec | undefined;
  for (const service of services) {
    const holds = service.dir === '.' || path === service.dir || path.startsWith(`${service.dir}/`);
    if (holds && (best === undefined || best.dir === '.' || service.dir.length > best.dir.length)) best = service;
  }
  return best;
}

/** tsconfig's JSON with comments and trailing commas, as plain JSON (strings kept as they are). */
function withoutComments(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const end = stringEnd(text, index);
      out += text.slice(index, end);
      index = end - 1;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else out += char;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index + 1;
  }
  return text.length;
}
