import { stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { compareStrings, type RippleError } from '@ripple/model';
import type { MigrationFormat } from '@ripple/db-schema';
import { DETECTION_MAX_DEPTH, findToolConfigs, type ToolPointer } from './detect-migrations.js';
import type { RippleConfigFile, SchemaSourceChoice, SchemaSourceTool } from './ripple-config.js';

/** The tool that turns each detected tool config's schema into SQL; tools without one have no schema source. */
const SCHEMA_TOOLS: Partial<Record<ToolPointer['tool'], SchemaSourceTool>> = { prisma: 'prisma', drizzle: 'drizzle-kit' };

/** A declared schema found in the tree: the file (or Prisma schema folder) and the tool config that declares it. */
interface SchemaCandidate {
  readonly tool: SchemaSourceTool;
  readonly schema: string;
  readonly via: string;
}

/**
 * For a repository with no migrations folder (`prisma db push`, `drizzle-kit push`): the ORM schema it declares,
 * found by the walk that looks for migration folders. A Prisma schema (`schema.prisma`, or the folder of a
 * `prisma/schema/*.prisma` one) is itself the schema; a drizzle config names its `schema` (a path, tried from the
 * config's folder, then from each folder above it, as drizzle-kit resolves it from the working directory). Ranked:
 * Prisma first (its own engine ships with Ripple; drizzle-kit must be installed in the project), then shallower,
 * then by path. Only the tool of `format` (`migrations.format`: `prisma`, `drizzle`) when given. Undefined when there
 * is none.
 */
export async function detectSchemaSource(root: string, format?: MigrationFormat): Promise<SchemaSourceChoice | undefined> {
  const { pointers } = await findToolConfigs(root);
  const candidates = new Map<string, SchemaCandidate>();
  for (const pointer of pointers) {
    const tool = SCHEMA_TOOLS[pointer.tool];
    if (tool === undefined || pointer.schema === undefined || (format !== undefined && format !== pointer.tool)) continue;
    const schema = await resolveExisting(root, pointer.via, pointer.schema);
    if (schema !== undefined && !candidates.has(schema)) candidates.set(schema, { tool, schema, via: pointer.via });
  }
  const [best, ...others] = rankSchemaCandidates([...candidates.values()]);
  if (best === undefined) return undefined;
  const declared = best.tool === 'drizzle-kit' ? `the schema ${best.via} names` : best.via === best.schema ? 'a Prisma schema' : 'a Prisma schema folder';
  return {
    source: { tool: best.tool, schema: best.schema },
    reason: `detected: no migrations folder found (${DETECTION_MAX_DEPTH} levels deep), and ${best.schema} is ${declared}`,
    others: others.map((candidate) => candidate.schema),
  };
}

/** Prisma before drizzle, then shallower, then by path. */
function rankSchemaCandidates(candidates: readonly SchemaCandidate[]): SchemaCandidate[] {
  const depth = (path: string) => path.split('/').length;
  return [...candidates].sort((a, b) => Number(b.tool === 'prisma') - Number(a.tool === 'prisma') || depth(a.schema) - depth(b.schema) || compareStrings(a.schema, b.schema));
}

/** `path` (relative to the folder of `via`) as it exists in the tree, from that folder or one above it. */
async function resolveExisting(root: string, via: string, path: string): Promise<string | undefined> {
  for (let from = posix.dirname(via); ; from = posix.dirname(from)) {
    const candidate = posix.normalize(from === '.' ? path : `${from}/${path}`).replace(/\/+$/, '');
    if (!candidate.startsWith('..') && (await stat(join(root, candidate)).catch(() => undefined)) !== undefined) return candidate;
    if (from === '.') return undefined;
  }
}

/**
 * `detectMigrations` found no migrations folder (`notFound`, its error, which says where it looked): the declared
 * schema `detectSchemaSource` finds (of the tool `format` names, when given), else that error.
 */
export async function detectSchemaSourceOrThrow(root: string, format: MigrationFormat | undefined, notFound: RippleError): Promise<SchemaSourceChoice> {
  const choice = await detectSchemaSource(root, format);
  if (choice === undefined) throw notFound;
  return choice;
}

/**
 * Where the schema source's tool would write migrations, for a project that has none yet: drizzle-kit's default
 * `out` (`drizzle`), Prisma's `migrations` beside the schema. Nothing is read from it; the scan leaves it out.
 */
export function defaultMigrationsDir(source: NonNullable<RippleConfigFile['migrations']['schemaSource']>): string {
  if (source.tool === 'drizzle-kit') return 'drizzle';
  const folder = posix.dirname(source.schema.replaceAll('\\', '/'));
  return source.schema.endsWith('.prisma') ? posix.join(folder, 'migrations') : posix.join(source.schema, 'migrations');
}
