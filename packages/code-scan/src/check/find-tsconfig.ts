import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The tsconfig.json that governs a service, as an editor finds it: the service's own, else the nearest one above
 * it inside the scan root (a monorepo's root tsconfig). Relative to the root, `/`-separated; undefined when none.
 */
export function findTsconfig(root: string, serviceDir: string): string | undefined {
  for (let dir = serviceDir; ; dir = posix.dirname(dir)) {
    const file = dir === '.' ? 'tsconfig.json' : `${dir}/tsconfig.json`;
    if (existsSync(join(root, file))) return file;
    if (dir === '.' || dir === '' || dir === '/') return undefined;
  }
}
