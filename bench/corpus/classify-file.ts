import type { CorpusItem, ExcludedFile, TruthClass } from './corpus-item.js';

const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte)$/;

/** Why a changed file is not truth, or undefined when it is in scope (see README, "Truth files"). */
export function exclusionOf(file: string, migrationDirs: readonly string[]): ExcludedFile['reason'] | undefined {
  const base = file.split('/').at(-1) ?? file;
  if (/(^|\/)node_modules\//.test(file)) return 'vendored';
  if (migrationDirs.some((dir) => file.startsWith(`${dir}/`))) return 'migration';
  if (/(^|\/)(migrations?|drizzle)\/([^/]+\/)?[^/]+\.(sql|ts|js|json|toml)$/.test(file) && !/\.(test|spec)\./.test(file)) return 'migration';
  if (/(^|\/)(mysql|mariadb|sqlite|clickhouse|mssql)(\/|[._-])/i.test(file)) return 'other-database';
  if (/^(pnpm-lock\.yaml|yarn\.lock|package-lock\.json|bun\.lockb?|npm-shrinkwrap\.json)$/.test(base)) return 'lockfile';
  if (/^CHANGELOG/i.test(base) || file.startsWith('.changeset/') || /\/\.changeset\//.test(file)) return 'changelog';
  if (/(^|\/)(locales?|i18n|translations?|lang|messages)\//i.test(file) && /\.(json|ya?ml|po|ts|js)$/.test(file)) return 'translation';
  if (/\.(md|mdx|txt|rst)$/i.test(file)) return 'docs';
  if (CODE.test(file) && !/\.d\.ts$/.test(file)) return undefined;
  if (/\.(sql|prisma)$/.test(file)) return undefined;
  if (/(openapi|swagger)[^/]*\.(ya?ml|json)$/i.test(file)) return undefined;
  return 'out-of-scope-type';
}

/**
 * The class of a truth file, by path first and content second, first match wins:
 * test, openapi, model, contract, data-access, ui, client, service.
 */
export function classOf(file: string, content: string): TruthClass {
  const lower = file.toLowerCase();
  if (/(^|\/)(__tests__|tests?|spec|e2e|__mocks__|fixtures?|cypress|playwright)\//.test(lower) || /\.(test|spec|e2e-spec|e2e)\.[cm]?[jt]sx?$/.test(lower)) return 'test';
  if (/(openapi|swagger)/.test(lower) && /\.(ya?ml|json)$/.test(lower)) return 'openapi';
  if (/\.prisma$/.test(lower) || /\.(entity|model)\.[cm]?[jt]s$/.test(lower) || /(^|\/)(entities|entity|models?|db\/schema|database\/schema)(\/|\.ts$)/.test(lower)) return 'model';
  if (/\b(pgTable|@Entity\(|@Table\(|sequelize\.define\(|Model\.init\(|defineEntity|@Property\(|extends Model\b)/.test(content)) return 'model';
  if (/\.(dto|types?|schema|contract|interface)s?\.[cm]?[jt]s$/.test(lower) || /(^|\/)(dto|dtos|contracts?|types|schemas|zod|interfaces|graphql\/schema|gql)\//.test(lower)) return 'contract';
  if (/\b(z\.object\(|class \w+(Dto|Input|Args|Response)\b|@Field\(|@ApiProperty|GraphQLObjectType|@InputType|@ObjectType)/.test(content)) return 'contract';
  if (/\.sql$/.test(lower) || /(^|\/)(repositor(y|ies)|dal|queries|query|db|database|data|dao|store|stores|prisma|knex|kysely|drizzle)\//.test(lower) || /\.(repository|repo|queries|query|dao|store)\.[cm]?[jt]s$/.test(lower)) return 'data-access';
  // Next.js API routes (`pages/api/...`, `app/api/.../route.ts`) run on the server: services, not pages.
  if (/(^|\/)(pages|app)\/api\//.test(lower) && !/\.(tsx|jsx)$/.test(lower)) return 'service';
  // A front-end app named `client` (ghostfolio's Angular `apps/client/`, wiki's Vue `client/`) is the UI, not an API client.
  if (/\.(tsx|jsx|vue|svelte)$/.test(lower) || /(^|\/)(components?|pages|views|ui|frontend|app\/\(|widgets)\//.test(lower) || /^(apps\/)?client\//.test(lower)) return 'ui';
  // A server's `clients/` folder holds its outgoing clients of other services (nango's `packages/server/lib/clients/oauth2.client.ts`,
  // `packages/shared/lib/clients/orchestrator.ts`): service code, unless the package is itself a client or SDK.
  if (/(^|\/)clients\//.test(lower) && !/(^|\/)packages\/[^/]*(sdk|client)[^/]*\//.test(lower)) return 'service';
  if (/(^|\/)(client|sdk|api-client|packages\/[^/]*(sdk|client)[^/]*|generated)\//.test(lower) || /\.(client|api)\.[cm]?[jt]s$/.test(lower)) return 'client';
  return 'service';
}

/**
 * The files forgotten mode takes from the commit: its new migrations and every other file it touched in a migration
 * folder (Kysely's `migrations/index.ts` that registers them, drizzle's `meta/_journal.json` and snapshots), since a
 * developer who forgot every consumer still registers the migration; without them the new migration never runs. The
 * commit's deletions there are not taken (`existsAtCommit` says which of the files the commit's tree holds).
 */
export function forgottenModeFiles(item: Pick<CorpusItem, 'migrations' | 'excluded'>, existsAtCommit: (file: string) => boolean): string[] {
  const touched = item.excluded.filter((file) => file.reason === 'migration').map((file) => file.file);
  return [...new Set([...item.migrations, ...touched.filter(existsAtCommit)])].sort();
}
