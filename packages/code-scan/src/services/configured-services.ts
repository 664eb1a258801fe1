import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings, RippleError, type ErrorLocation, type ServiceKind } from '@ripple/model';
import { globRegExp, normalisePath, serviceOf, walkDirs, type ServiceSpec } from './discover-services.js';

/** One service as a config lists it: a folder (or a glob of folders), with its name and kind when not the default. */
export interface ServiceEntry {
  readonly path: string;
  readonly name?: string | undefined;
  readonly kind?: ServiceKind | undefined;
}

/**
 * The services a config lists, instead of discovered ones. A glob (`services/*`) gives every folder it matches,
 * each named by its package.json or folder; a plain path is one service named `name`, else likewise. A path that is no folder, or a
 * glob that matches none, is bad input naming the entry (`where(index)`). Sorted by dir; the first entry of a dir wins.
 */
export async function configuredServices(
  root: string,
  entries: readonly ServiceEntry[],
  where: (index: number) => ErrorLocation,
): Promise<readonly ServiceSpec[]> {
  const byDir = new Map<string, ServiceSpec>();
  let all: readonly string[] | undefined;
  for (const [index, entry] of entries.entries()) {
    const path = normalisePath(entry.path);
    const kind = entry.kind ?? 'service';
    if (/[*?]/.test(path)) {
      all ??= await walkDirs(root, '');
      const pattern = globRegExp(path);
      const dirs = all.filter((dir) => pattern.test(dir));
      if (dirs.length === 0) throw new RippleError('config/no-such-service', `services[${index}]: ${entry.path} matches no folder`, where(index));
      for (const dir of dirs) if (!byDir.has(dir)) byDir.set(dir, { ...(await serviceOf(root, dir)), kind });
      continue;
    }
    if (!(await stat(join(root, path)).catch(() => undefined))?.isDirectory()) {
      throw new RippleError('config/no-such-service', `services[${index}]: ${entry.path} is not a folder`, where(index));
    }
    if (!byDir.has(path)) byDir.set(path, { name: entry.name ?? (await serviceOf(root, path)).name, dir: path, kind });
  }
  return [...byDir.values()].sort((a, b) => compareStrings(a.dir, b.dir));
}
