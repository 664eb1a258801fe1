import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { compareStrings } from '@ripple/model';
import type { ServiceSpec } from './discover-services.js';
import type { ServiceFiles } from './list-service-files.js';

/**
 * The Prisma schema a service's client calls use when the service holds no `.prisma` file, found where Prisma
 * looks for it: the service's, then the root's package.json `prisma.schema` (a file, or a folder of `.prisma` files
 * with `prismaSchemaFolder`, subfolders included), then the root's `prisma/schema.prisma`, `schema.prisma`, `prisma/schema/*.prisma`,
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

/** A `generator` block's `output = "..."`: where `prisma generate` writes that client. */
const GENERATOR_OUTPUT = /^\s*generator\s+\w+\s*\{[^}]*?^\s*output\s*=\s*"([^"]+)"/gm;

/**
 * The schemas of the other workspace packages whose client `prisma generate` writes into the service (amplication's
 * `generator serverClient { output = "../../amplication-server/prisma/generated-prisma-client" }`): the client the
 * service imports is that schema's, whatever other schemas the repository holds.
 */
export async function schemasGeneratingInto(root: string, serviceDir: string, listings: ReadonlyMap<string, ServiceFiles>): Promise<readonly string[]> {
  if (serviceDir === '.') return [];
  const prefix = `${serviceDir}/`;
  const found: string[] = [];
  for (const [file, outputs] of await clientOutputs(root, listings)) {
    if (!file.startsWith(prefix) && outputs.some((output) => output === serviceDir || output.startsWith(prefix))) found.push(file);
  }
  return found.sort(compareStrings);
}

/**
 * The folders inside the service that a `generator` block of any `.prisma` file of the workspace writes its client to
 * (`output = "../src/generated/prisma"`): written by `prisma generate` at build time, so not in the tree a report
 * reads. Relative to the root, sorted.
 */
export async function prismaClientFolders(root: string, serviceDir: string, listings: ReadonlyMap<string, ServiceFiles>): Promise<readonly string[]> {
  const prefix = serviceDir === '.' ? '' : `${serviceDir}/`;
  const folders = new Set<string>();
  for (const outputs of (await clientOutputs(root, listings)).values()) {
    for (const output of outputs) if (output.startsWith(prefix) && !output.startsWith('../')) folders.add(output);
  }
  return [...folders].sort(compareStrings);
}

const outputsByListings = new WeakMap<ReadonlyMap<string, ServiceFiles>, Promise<ReadonlyMap<string, readonly string[]>>>();

/** Each `.prisma` file of the listings and where its generators write their clients: read once per listing, not per service. */
function clientOutputs(root: string, listings: ReadonlyMap<string, ServiceFiles>): Promise<ReadonlyMap<string, readonly string[]>> {
  let outputs = outputsByListings.get(listings);
  if (!outputs) {
    outputs = readClientOutputs(root, [...new Set([...listings.values()].flatMap((listing) => listing.code.filter(isPrisma)))]);
    outputsByListings.set(listings, outputs);
  }
  return outputs;
}

async function readClientOutputs(root: string, files: readonly string[]): Promise<ReadonlyMap<string, readonly string[]>> {
  const outputs = new Map<string, readonly string[]>();
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8').catch(() => '');
    outputs.set(file, [...text.matchAll(GENERATOR_OUTPUT)].map((match) => posix.normalize(posix.join(posix.dirname(file), match[1]!.replace(/\\/g, '/')))));
  }
  return outputs;
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

/** How deep a schema folder's subfolders are read (`prisma/models/billing/*.prisma` is two). */
const MAX_SCHEMA_FOLDER_DEPTH = 4;

/**
 * The `.prisma` files of a multi-file schema folder, with its subfolders as Prisma reads them (rallly's
 * `prisma/schema.prisma` beside `prisma/models/*.prisma`); not its `migrations` folder, nor `node_modules`.
 */
async function prismaFilesIn(root: string, dir: string): Promise<readonly string[]> {
  const found: string[] = [];
  const pending = [{ dir, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const entries = await readdir(join(root, next.dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = `${next.dir}/${entry.name}`;
      if (entry.isFile() && isPrisma(entry.name)) found.push(path);
      else if (entry.isDirectory() && next.depth < MAX_SCHEMA_FOLDER_DEPTH && !SKIPPED_FOLDERS.has(entry.name)) pending.push({ dir: path, depth: next.depth + 1 });
    }
  }
  return found.sort(compareStrings);
}

const SKIPPED_FOLDERS = new Set(['migrations', 'node_modules']);

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
