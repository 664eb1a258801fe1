import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '@ripple/model';
import { SKIPPED_DIRS, type ServiceSpec } from './discover-services.js';

/**
 * The files of each service that an adapter can read (`.ts`, `.js`, and the adapters' extensions such as
 * `.sql`, `.prisma`), relative to the root and sorted. A file belongs to the innermost service holding it;
 * declaration files (`.d.ts`) are types, not code, and are skipped.
 */
export async function listServiceFiles(
  root: string,
  services: readonly ServiceSpec[],
  extensions: readonly string[],
): Promise<ReadonlyMap<string, readonly string[]>> {
  const serviceDirs = new Set(services.map((service) => service.dir));
  const wanted = (name: string): boolean => !/\.d\.[mc]?ts$/.test(name) && extensions.some((extension) => name.endsWith(extension));
  const result = new Map<string, readonly string[]>();
  for (const service of services) {
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.') && !serviceDirs.has(path)) await walk(path);
        } else if (entry.isFile() && wanted(entry.name)) files.push(path);
      }
    };
    await walk(service.dir);
    result.set(service.dir, files.sort(compareStrings));
  }
  return result;
}
