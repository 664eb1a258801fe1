import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { readHeadSchema } from '../src/pipeline/head-schema.js';
import { EXIT_INPUT } from '../src/cli/exit-codes.js';
import { recordingIo } from './run-io.js';
import { tempDir } from './temp-dirs.js';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const REPORTER_MODULES = resolve(import.meta.dirname, '../node_modules');

/** `ripple report --format json` on two directories, in-process. */
async function report(base: string, head: string): Promise<{ code: number; report: ImpactReport | undefined; err: string }> {
  const io = recordingIo();
  const code = await run(['report', '--repo', head, '--base-dir', base, '--head-dir', head, '--format', 'json'], io);
  return { code, report: io.out() ? (JSON.parse(io.out()) as ImpactReport) : undefined, err: io.err() };
}

/** Each change as `id summary`, and each code consumer of it as `file:line access`. */
function changesOf(result: ImpactReport): string[] {
  return result.changes.map((change) => `${change.id} ${change.summary}`);
}
function codeConsumers(result: ImpactReport, id: string): string[] {
  const change = result.changes.find((candidate) => candidate.id === id);
  return (change?.consumers ?? []).flatMap((consumer) => (consumer.kind === 'code' ? [`${consumer.file}:${consumer.line} ${consumer.access}${consumer.status ? ` ${consumer.status}` : ''}`] : []));
}

describe('ripple report with migrations.schemaSource', () => {
  it('drizzle-kit: the schemas come from each tree`s src/db/schema.ts, and its consumers are found', { timeout: 300_000 }, async () => {
    const fixture = join(FIXTURES, 'schema-source-drizzle');
    const { code, report: result, err } = await report(join(fixture, 'base'), join(fixture, 'head'));
    expect(err).not.toMatch(/ripple: .*error/i);
    expect(code).toBe(0);
    expect(changesOf(result!)).toEqual([
      'column-type-changed:public.project.createdAt type changed from text to timestamp without time zone',
      'column-renamed:public.project.description probably renamed to summary (dropped and re-added: the data is lost)',
      'column-dropped:public.project.legacyRef dropped',
    ]);
    expect(codeConsumers(result!, 'column-dropped:public.project.legacyRef')).toEqual(['src/db/schema.ts:10 definition handled', 'src/services/project.ts:15 filter handled']);
    expect(codeConsumers(result!, 'column-type-changed:public.project.createdAt')).toEqual(['src/db/schema.ts:10 definition', 'src/services/project.ts:9 read']);
    expect(result!.inputs).toEqual({
      schemaSource: {
        tool: 'drizzle-kit',
        schema: 'src/db/schema.ts',
        reason: "src/db/schema.ts in the base and head trees, as SQL from the project's drizzle-kit export (migrations.schemaSource in ripple.config.json)",
      },
    });
    expect(result!.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line} ${diagnostic.message}`)).toEqual([
      'schema-source/migrations-not-replayed src/db/schema.ts:1 the base and head schemas come from src/db/schema.ts (migrations.schemaSource, drizzle-kit); the migrations in drizzle are not replayed, linted or rehearsed',
    ]);
    expect(err).toContain('ripple: exporting the Drizzle schema src/db/schema.ts with drizzle-kit\n');
  });

  it('prisma: the schemas come from Prisma`s schema engine, the migrations folder is detected and not replayed', { timeout: 300_000 }, async () => {
    const fixture = join(FIXTURES, 'schema-source-prisma');
    const { code, report: result, err } = await report(join(fixture, 'base'), join(fixture, 'head'));
    expect(err).not.toMatch(/ripple: .*error/i);
    expect(code).toBe(0);
    expect(changesOf(result!)).toEqual([
      'column-dropped:public.Project.externalRef dropped',
      'column-type-changed:public.Project.maximumConcurrencyLimit type changed from integer to bigint',
      'column-renamed:public.Project.name probably renamed to title (dropped and re-added: the data is lost)',
    ]);
    expect(codeConsumers(result!, 'column-dropped:public.Project.externalRef')).toEqual(['prisma/schema.prisma:32 definition handled', 'src/projects.ts:13 filter handled']);
    expect(codeConsumers(result!, 'column-type-changed:public.Project.maximumConcurrencyLimit')).toEqual(['prisma/schema.prisma:33 definition', 'src/projects.ts:7 read']);
    // The unique index Prisma makes for @unique is the dropped column's database dependent.
    expect(result!.changes[0]!.consumers.filter((consumer) => consumer.kind === 'db-object').map((consumer) => consumer.object)).toEqual(['index public.Project_externalRef_key']);
    expect(result!.inputs?.schemaSource?.reason).toBe(
      "prisma/schema.prisma in the base and head trees, as SQL from Prisma's schema engine 7.10.0 (migrate diff --from-empty) (migrations.schemaSource in ripple.config.json)",
    );
    expect(result!.inputs?.migrations?.dir).toBe('prisma/migrations');
    expect(result!.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['schema-source/migrations-not-replayed']);
  });
});

// Projects that keep no migrations and apply their schema with `prisma db push` (gitroomhq/postiz-app) or
// `drizzle-kit push` (rybbit-io/rybbit), with no ripple.config.json: the schema they declare is detected.
describe('ripple report on a project with no migrations folder: the declared ORM schema is the source', () => {
  it('prisma db push (postiz-app): the schema.prisma of each tree, through Prisma`s schema engine', { timeout: 300_000 }, async () => {
    const fixture = join(FIXTURES, 'prisma-push');
    const { code, report: result, err } = await report(join(fixture, 'base'), join(fixture, 'head'));
    expect(err).not.toMatch(/ripple: .*error/i);
    expect(code).toBe(0);
    expect(changesOf(result!)).toEqual(['column-dropped:public.User.marketplace dropped']);
    // Organization.marketplace, another table's column of the same name, is no consumer.
    expect(codeConsumers(result!, 'column-dropped:public.User.marketplace')).toEqual([
      'libraries/nestjs-libraries/src/database/prisma/schema.prisma:21 definition handled',
      'libraries/nestjs-libraries/src/database/prisma/users/users.repository.ts:12 write handled',
      'libraries/nestjs-libraries/src/database/prisma/users/users.repository.ts:20 filter handled',
      // Left alone, reading the field through Prisma's generated `User` type: the consumer the change forgot.
      'libraries/nestjs-libraries/src/services/seller-badge.ts:5 read forgotten',
    ]);
    const schema = 'libraries/nestjs-libraries/src/database/prisma/schema.prisma';
    expect(result!.inputs).toEqual({
      schemaSource: {
        tool: 'prisma',
        schema,
        reason: `${schema} in the base and head trees, as SQL from Prisma's schema engine 7.10.0 (migrate diff --from-empty) (detected: no migrations folder found (6 levels deep), and ${schema} is a Prisma schema)`,
      },
    });
    expect(result!.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`)).toEqual([`schema-source/detected ${schema}:1`]);
    expect(result!.diagnostics[0]!.message).toContain('a renamed column cannot be told from one dropped and one added');
  });

  it('a reader the change left alone (byte for byte) of the field it took off the model is forgotten, not dropped', { timeout: 300_000 }, async () => {
    const root = await tempDir('prisma-push-forgotten');
    await cp(join(FIXTURES, 'prisma-push'), root, { recursive: true });
    // The developer dropped User.marketplace from the schema but left the repository that writes and filters on it.
    const repository = 'libraries/nestjs-libraries/src/database/prisma/users/users.repository.ts';
    await cp(join(root, 'base', repository), join(root, 'head', repository));
    const { code, report: result, err } = await report(join(root, 'base'), join(root, 'head'));
    expect(err).not.toMatch(/ripple: .*error/i);
    expect(code).toBe(0);
    expect(codeConsumers(result!, 'column-dropped:public.User.marketplace')).toEqual([
      'libraries/nestjs-libraries/src/database/prisma/schema.prisma:21 definition handled',
      `${repository}:12 write forgotten`,
      `${repository}:20 filter forgotten`,
      'libraries/nestjs-libraries/src/services/seller-badge.ts:5 read forgotten',
    ]);
  });

  it('drizzle-kit push (rybbit): the schema server/drizzle.config.ts names, through the project`s drizzle-kit', { timeout: 300_000 }, async () => {
    const root = await tempDir('drizzle-push');
    await cp(join(FIXTURES, 'drizzle-push'), root, { recursive: true });
    // drizzle-kit and drizzle-orm installed in the package that holds the schema, as `npm ci` in server/ does
    for (const tree of ['base', 'head']) await symlink(REPORTER_MODULES, join(root, tree, 'server', 'node_modules'));
    const { code, report: result, err } = await report(join(root, 'base'), join(root, 'head'));
    expect(err).not.toMatch(/ripple: .*error/i);
    expect(code).toBe(0);
    // getSitesFromOrg's `godMode` is what getUserGodMode returns: not a read of the column there.
    expect(changesOf(result!)).toEqual(['column-dropped:public.user.godMode dropped']);
    expect(codeConsumers(result!, 'column-dropped:public.user.godMode')).toEqual([
      'server/src/api/admin/getAdminUsers.ts:7 read handled',
      'server/src/db/postgres/schema.ts:13 definition handled',
      'server/src/lib/auth-utils.ts:7 read handled',
    ]);
    expect(result!.inputs?.schemaSource).toEqual({
      tool: 'drizzle-kit',
      schema: 'server/src/db/postgres/schema.ts',
      reason: "server/src/db/postgres/schema.ts in the base and head trees, as SQL from the project's drizzle-kit export (detected: no migrations folder found (6 levels deep), and server/src/db/postgres/schema.ts is the schema server/drizzle.config.ts names)",
    });
    expect(result!.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['schema-source/detected']);
  });
});

describe('the schema `usages` and `map` resolve against, with migrations.schemaSource', () => {
  it("is the tree's schema file, not its migrations", { timeout: 120_000 }, async () => {
    const progress: string[] = [];
    const head = await readHeadSchema(join(FIXTURES, 'schema-source-drizzle', 'head'), (line) => progress.push(line));
    expect(head.source).toBe('src/db/schema.ts (migrations.schemaSource, drizzle-kit)');
    expect(head.schema.tables.find((table) => table.name === 'project')?.columns.map((column) => `${column.name} ${column.type}`)).toEqual([
      'projectId text',
      'name text',
      'summary text',
      'createdAt timestamp without time zone',
    ]);
    expect(progress.at(-1)).toBe('applying src/db/schema.ts (5 statements from drizzle-kit) on embedded PGlite for the schema');
  });
});

describe('ripple report with migrations.schemaSource: bad input is exit 2 with one line naming the file', () => {
  /** Two trees in a temp dir with the given files (the same in both unless `head` says otherwise). */
  async function trees(files: Record<string, string>, head: Record<string, string> = {}, withModules = false): Promise<{ base: string; head: string }> {
    const root = await tempDir('schema-source');
    for (const [which, extra] of [['base', {}], ['head', head]] as const) {
      for (const [path, text] of Object.entries({ ...files, ...extra })) {
        await mkdir(join(root, which, path, '..'), { recursive: true });
        await writeFile(join(root, which, path), text);
      }
      // drizzle-kit and drizzle-orm, as a project installs them
      if (withModules) await symlink(REPORTER_MODULES, join(root, which, 'node_modules'));
    }
    return { base: join(root, 'base'), head: join(root, 'head') };
  }
  const drizzleConfig = JSON.stringify({ migrations: { schemaSource: { tool: 'drizzle-kit', schema: 'src/db/schema.ts' } } });
  const prismaConfig = JSON.stringify({ migrations: { schemaSource: { tool: 'prisma', schema: 'prisma/schema.prisma' } } });

  async function expectInputError(dirs: { base: string; head: string }, message: RegExp): Promise<void> {
    const { code, report: result, err } = await report(dirs.base, dirs.head);
    expect(err.split('\n').filter((line) => line.startsWith('ripple: ') && !/^ripple: (comparing|exporting)/.test(line))).toEqual([expect.stringMatching(message)]);
    expect(err).not.toMatch(/\n\s+at /);
    expect(code).toBe(EXIT_INPUT);
    expect(result).toBeUndefined();
  }

  it('the schema file missing from a tree', async () => {
    const dirs = await trees({ 'ripple.config.json': prismaConfig }, { 'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n' });
    await expectInputError(dirs, /^ripple: ripple\.config\.json#\/migrations\/schemaSource: migrations\.schemaSource: no prisma\/schema\.prisma in the base tree \(/);
  });

  it('drizzle-kit not installed in the project', async () => {
    const dirs = await trees({ 'ripple.config.json': drizzleConfig, 'src/db/schema.ts': 'export {};\n' });
    await expectInputError(dirs, /^ripple: ripple\.config\.json#\/migrations\/schemaSource: migrations\.schemaSource src\/db\/schema\.ts: drizzle-kit not found in node_modules\/\.bin/);
  });

  it('drizzle-kit failing on the schema file', { timeout: 120_000 }, async () => {
    const broken = "import { pgTable, text } from 'drizzle-orm/pg-core';\nimport { missing } from './not-there.js';\nexport const t = pgTable('t', { id: text('id').primaryKey(), other: missing });\n";
    const dirs = await trees({ 'ripple.config.json': drizzleConfig, 'src/db/schema.ts': broken }, {}, true);
    await expectInputError(dirs, /^ripple: ripple\.config\.json#\/migrations\/schemaSource: migrations\.schemaSource src\/db\/schema\.ts: drizzle-kit export failed:$/);
  });

  it('a Prisma schema with a syntax error: the file and line Prisma names', { timeout: 120_000 }, async () => {
    const bad = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id Int @id\n  email String @unique(\n}\n';
    const dirs = await trees({ 'ripple.config.json': prismaConfig, 'prisma/schema.prisma': bad });
    await expectInputError(dirs, /^ripple: prisma\/schema\.prisma:7: migrations\.schemaSource prisma\/schema\.prisma: Prisma rejects the schema: /);
  });

  it('a detected Prisma schema (no config, no migrations) with a syntax error: the file and line Prisma names', { timeout: 120_000 }, async () => {
    const bad = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id Int @id\n  email String @unique(\n}\n';
    const dirs = await trees({ 'prisma/schema.prisma': bad });
    await expectInputError(dirs, /^ripple: prisma\/schema\.prisma:7: migrations\.schemaSource prisma\/schema\.prisma: Prisma rejects the schema: /);
  });

  it('drizzle-kit not installed for a detected drizzle schema: the schema file, and how to install it', async () => {
    const dirs = await trees({ 'server/drizzle.config.ts': 'export default { schema: "./src/schema.ts", dialect: "postgresql" };\n', 'server/src/schema.ts': 'export {};\n' });
    await expectInputError(dirs, /^ripple: server\/src\/schema\.ts:1: migrations\.schemaSource server\/src\/schema\.ts: drizzle-kit not found in node_modules\/\.bin/);
  });

  it('one tree: nothing to compare the schema file with', async () => {
    const dirs = await trees({ 'ripple.config.json': drizzleConfig, 'src/db/schema.ts': 'export {};\n' });
    const io = recordingIo();
    const code = await run(['report', '--repo', dirs.head, '--format', 'json'], io);
    expect(io.err()).toMatch(/^ripple: ripple\.config\.json#\/migrations\/schemaSource: migrations\.schemaSource compares src\/db\/schema\.ts in two trees, and there is one: /);
    expect(code).toBe(EXIT_INPUT);
  });
});
