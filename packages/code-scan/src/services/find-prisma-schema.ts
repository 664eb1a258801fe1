import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { compareStrings } from '@ripple/model';
import type { ServiceSpec } from './discover-services.js';
import type { ServiceFiles } from './list-service-files.js';

/**
 * The Prisma schema a service's client calls use when the service holds no `.prisma` file, found where Prisma
 * looks for it: the service's, then the root's package.json `prisma.schema` (a file, or a folder of `.prisma` files
 * with `prismaSchemaFolder`), then the root's `prisma/schema.prisma`, `schema.prisma`, `prisma/schema/*.prisma`,
 * then the `.prisma` files of the other workspace packages. Paths relative to the root, sorted; empty when none.
 */
export async function findPrismaSchema(
  root: string,
  service: ServiceSpec,
  listings: ReadonlyMap<string, ServiceFiles>,
): Promise<readonly string[]> {
  if (listings.get(service.dir)?.code.some(isPrisma)) return [];
  for (const dir of new Set([service.dir, '.'])) {
    const configured = await configuredSchema(root, dir);
    if (configured.length > 0) return configured;
  }
  for (const candidate of ['prisma/schema.prisma', 'schema.prisma']) if (await isFile(join(root, candidate))) return [candidate];
  const folder = await prismaFilesIn(root, 'prisma/schema');
  if (folder.length > 0) return folder;
  return [...listings.values()].flatMap((listing) => listing.code.filter(isPrisma)).sort(compareStrings);
}

function isPrisma(file: string): boolean {
  return file.endsWith('.prisma');
}

/** `"prisma": { "schema": "..." }` of the package.json in `dir`: the file, or the `.prisma` files of the folder. */
async function configuredSchema(root: string, dir: string): Promise<readonly string[]> {
  const text = await readFile(join(root, dir, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  let schema: unknown;
  try {
    schema = (JSON.parse(text) as { prisma?: { schema?: unknown } }).prisma?.schema;
  } catch {
    return []; // discovery reports a package.json that is not JSON
  }
  if (typeof schema !== 'string') return [];
  const path = posix.normalize(posix.join(dir, schema.replace(/\\/g, '/')));
  if (await isFile(join(root, path))) return [path];
  return prismaFilesIn(root, path);
}

async function prismaFilesIn(root: string, dir: string): Promise<readonly string[]> {
  const entries = await readdir(join(root, dir)).catch(() => [] as string[]);
  return entries.filter(isPrisma).map((entry) => `${dir}/${entry}`).sort(compareStrings);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
