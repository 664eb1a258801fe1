/**
 * The repositories the corpus is mined from: where `fetch` puts their bare git dir and the ORM their code reads the
 * database through. Where each keeps its migrations is in configs/<short>[--<part>].json, the ripple.config.json a
 * user of that repository would write; the miner only takes migrations under one of those folders.
 */
export interface CorpusRepo {
  readonly repo: string;
  readonly short: string;
  readonly orm: string;
}

export const CORPUS_REPOS: readonly CorpusRepo[] = [
  { repo: 'hoppscotch/hoppscotch', short: 'hoppscotch', orm: 'Prisma' },
  { repo: 'formbricks/formbricks', short: 'formbricks', orm: 'Prisma' },
  { repo: 'triggerdotdev/trigger.dev', short: 'trigger.dev', orm: 'Prisma' },
  { repo: 'umami-software/umami', short: 'umami', orm: 'Prisma + raw SQL' },
  { repo: 'teableio/teable', short: 'teable', orm: 'Prisma + Knex' },
  { repo: 'langfuse/langfuse', short: 'langfuse', orm: 'Prisma + Kysely' },
  { repo: 'midday-ai/midday', short: 'midday', orm: 'Drizzle + raw SQL (Supabase)' },
  { repo: 'Dokploy/dokploy', short: 'dokploy', orm: 'Drizzle' },
  { repo: 'requarks/wiki', short: 'wiki', orm: 'Knex (Objection)' },
  { repo: 'automatisch/automatisch', short: 'automatisch', orm: 'Knex (Objection)' },
  { repo: 'FlowiseAI/Flowise', short: 'flowise', orm: 'TypeORM' },
  { repo: 'bluesky-social/atproto', short: 'atproto', orm: 'Kysely' },
  { repo: 'medusajs/medusa', short: 'medusa', orm: 'TypeORM + MikroORM' },
  { repo: 'CrowdDotDev/crowd.dev', short: 'crowd.dev', orm: 'Sequelize + raw SQL (Flyway)' },
  { repo: 'boxyhq/jackson', short: 'jackson', orm: 'TypeORM' },
  { repo: 'opencollective/opencollective-api', short: 'opencollective-api', orm: 'Sequelize + raw SQL' },
  { repo: 'lukevella/rallly', short: 'rallly', orm: 'Prisma' },
  { repo: 'ghostfolio/ghostfolio', short: 'ghostfolio', orm: 'Prisma' },
  { repo: 'NangoHQ/nango', short: 'nango', orm: 'Knex + raw SQL' },
  { repo: 'linkwarden/linkwarden', short: 'linkwarden', orm: 'Prisma' },
  { repo: 'dittofeed/dittofeed', short: 'dittofeed', orm: 'Drizzle (Prisma before) + ClickHouse' },
];

/** The bare git dir of a repository fetched with the `fetch` tool. */
export function mirrorDir(repo: string): string {
  return `/work/.mirror/${repo.replace('/', '+')}/repo`;
}
