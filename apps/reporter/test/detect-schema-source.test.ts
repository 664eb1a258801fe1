import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { detectSchemaSource } from '../src/config/detect-schema-source.js';
import { loadConfig, resolveConfig } from '../src/config/load-config.js';
import { tempDir } from './temp-dirs.js';

type Tree = Readonly<Record<string, string>>;

async function tree(files: Tree): Promise<string> {
  const root = await tempDir('schema-detect');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const PRISMA = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id String @id\n}\n';
const DRIZZLE_SCHEMA = "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const user = pgTable('user', { id: text().primaryKey() });\n";
const drizzleConfig = (schema: string) => `import { defineConfig } from "drizzle-kit";\n\nexport default defineConfig({\n  schema: ${schema},\n  out: "./drizzle",\n  dialect: "postgresql",\n});\n`;

interface Case {
  readonly name: string;
  readonly tree: Tree;
  /** `tool schema`, or undefined when nothing is detected. */
  readonly found: string | undefined;
  readonly reason?: string;
  readonly others?: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'postiz-app: a schema.prisma deep in a library, no migrations beside it',
    tree: { 'libraries/nestjs-libraries/src/database/prisma/schema.prisma': PRISMA },
    found: 'prisma libraries/nestjs-libraries/src/database/prisma/schema.prisma',
    reason: 'detected: no migrations folder found (6 levels deep), and libraries/nestjs-libraries/src/database/prisma/schema.prisma is a Prisma schema',
  },
  {
    name: 'a Prisma schema folder (prisma/schema/*.prisma) is one source',
    tree: { 'prisma/schema/users.prisma': 'model User {\n  id String @id\n}\n', 'prisma/schema/main.prisma': PRISMA },
    found: 'prisma prisma/schema',
    reason: 'detected: no migrations folder found (6 levels deep), and prisma/schema is a Prisma schema folder',
  },
  {
    name: 'rybbit: the schema a drizzle config names, relative to the config',
    tree: { 'server/drizzle.config.ts': drizzleConfig('"./src/db/postgres/schema.ts"'), 'server/src/db/postgres/schema.ts': DRIZZLE_SCHEMA },
    found: 'drizzle-kit server/src/db/postgres/schema.ts',
    reason: 'detected: no migrations folder found (6 levels deep), and server/src/db/postgres/schema.ts is the schema server/drizzle.config.ts names',
  },
  {
    name: 'a drizzle schema glob stands for its folder',
    tree: { 'drizzle.config.ts': drizzleConfig('"./src/db/schema/*.ts"'), 'src/db/schema/users.ts': DRIZZLE_SCHEMA },
    found: 'drizzle-kit src/db/schema',
  },
  {
    name: 'a drizzle schema path resolved from a folder above the config (run from the package root)',
    tree: { 'packages/db/config/drizzle.config.ts': drizzleConfig('"src/schema.ts"'), 'packages/db/src/schema.ts': DRIZZLE_SCHEMA },
    found: 'drizzle-kit packages/db/src/schema.ts',
  },
  {
    name: 'a list of drizzle schemas is not one source: nothing detected',
    tree: { 'drizzle.config.ts': drizzleConfig('["./src/a.ts", "./src/b.ts"]'), 'src/a.ts': DRIZZLE_SCHEMA, 'src/b.ts': DRIZZLE_SCHEMA },
    found: undefined,
  },
  {
    name: 'a drizzle config whose schema file is missing: nothing detected',
    tree: { 'drizzle.config.ts': drizzleConfig('"./src/db/schema.ts"') },
    found: undefined,
  },
  {
    name: 'Prisma before drizzle, the others listed',
    tree: { 'apps/web/drizzle.config.ts': drizzleConfig('"./schema.ts"'), 'apps/web/schema.ts': DRIZZLE_SCHEMA, 'apps/api/prisma/schema.prisma': PRISMA },
    found: 'prisma apps/api/prisma/schema.prisma',
    others: ['apps/web/schema.ts'],
  },
  {
    name: 'a schema under a test fixture folder is not the product`s',
    tree: { 'test/fixtures/schema.prisma': PRISMA },
    found: undefined,
  },
];

describe('detectSchemaSource: the ORM schema of a tree with no migrations folder', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const choice = await detectSchemaSource(await tree(testCase.tree));
      expect(choice === undefined ? undefined : `${choice.source.tool} ${choice.source.schema}`).toBe(testCase.found);
      if (testCase.reason !== undefined) expect(choice?.reason).toBe(testCase.reason);
      if (choice !== undefined) expect(choice.others).toEqual(testCase.others ?? []);
    });
  }
});

describe('the config of a tree with no migrations folder', () => {
  it('without a config file: the detected schema is migrations.schemaSource, the tool`s folder is left out of the scan', async () => {
    const config = await loadConfig(await tree({ 'prisma/schema.prisma': PRISMA }));
    expect(config.migrations.schemaSource).toEqual({ tool: 'prisma', schema: 'prisma/schema.prisma' });
    expect(config.migrations.dir).toBe('prisma/migrations');
    expect(config.schemaSourceDetected?.reason).toBe('detected: no migrations folder found (6 levels deep), and prisma/schema.prisma is a Prisma schema');
    expect(config.detected).toBeUndefined();
  });

  it('a config without migrations.dir: the same; migrations.format picks the tool', async () => {
    const root = await tree({ 'server/drizzle.config.ts': drizzleConfig('"./src/schema.ts"'), 'server/src/schema.ts': DRIZZLE_SCHEMA, 'db/schema.prisma': PRISMA });
    expect((await resolveConfig(root, { openapi: [] }, 'ripple.config.json')).migrations.schemaSource).toEqual({ tool: 'prisma', schema: 'db/schema.prisma' });
    expect((await resolveConfig(root, { migrations: { format: 'drizzle' } }, 'ripple.config.json')).migrations.schemaSource).toEqual({ tool: 'drizzle-kit', schema: 'server/src/schema.ts' });
  });

  it('a migrations folder wins: its migrations are replayed, no schema source', async () => {
    const config = await loadConfig(await tree({ 'prisma/schema.prisma': PRISMA, 'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" (id text PRIMARY KEY);\n' }));
    expect(config.migrations.dir).toBe('prisma/migrations');
    expect(config.migrations.schemaSource).toBeUndefined();
  });

  it('neither migrations nor a schema: config/not-found, saying where it looked', async () => {
    const error = await loadConfig(await tree({ 'src/index.ts': 'export {};\n' })).catch((caught: unknown) => caught);
    expect(isRippleError(error) && error.code).toBe('config/not-found');
    expect((error as Error).message).toMatch(/^no migrations folder found \(looked for Prisma, Sequelize, /);
  });
});
