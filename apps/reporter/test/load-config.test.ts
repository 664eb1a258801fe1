import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RippleError } from '@ripple/model';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function repoWithConfig(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ripple-config-'));
  made.push(dir);
  await writeFile(join(dir, 'ripple.config.json'), text);
  return dir;
}

describe('loadConfig', () => {
  it('reads a valid config and defaults openapi and ignore to none', async () => {
    const dir = await repoWithConfig('{ "migrations": { "dir": "db" } }');
    await expect(loadConfig(dir)).resolves.toEqual({ migrations: { dir: 'db' }, openapi: [], ignore: [] });
  });

  it('reads migrations.schemaSource; without a migrations folder, the one its tool would write is named', async () => {
    const drizzle = await repoWithConfig('{ "migrations": { "schemaSource": { "tool": "drizzle-kit", "schema": "src/db/schema.ts" } } }');
    await expect(loadConfig(drizzle)).resolves.toEqual({ migrations: { dir: 'drizzle', schemaSource: { tool: 'drizzle-kit', schema: 'src/db/schema.ts' } }, openapi: [], ignore: [] });
    const prisma = await repoWithConfig('{ "migrations": { "schemaSource": { "tool": "prisma", "schema": "db/prisma/schema.prisma" } } }');
    expect((await loadConfig(prisma)).migrations.dir).toBe('db/prisma/migrations');
  });

  it('reads services as folders, globs or { path, name, kind }, in place of discovery', async () => {
    const dir = await repoWithConfig('{ "migrations": { "dir": "db" }, "services": [".", "apps/*", { "path": "etl", "name": "nightly", "kind": "job" }] }');
    await expect(loadConfig(dir)).resolves.toMatchObject({ services: [{ path: '.' }, { path: 'apps/*' }, { path: 'etl', name: 'nightly', kind: 'job' }] });
  });

  it.each([
    ['a service of an unknown kind', '{ "migrations": { "dir": "db" }, "services": [{ "path": "etl", "kind": "cron" }] }', 'services.0', '/services/0'],
    ['a missing key', '{ "migrations": { "dir": "db" }, "ignore": [{ "rule": "x" }] }', 'ignore.0.reason: ', '/ignore/0/reason'],
    ['a wrong type, by key and pointer', '{ "migrations": { "dir": 3 } }', 'migrations.dir: ', '/migrations/dir'],
    ['an unknown key', '{ "migrations": { "dir": "db", "folder": "x" } }', 'migrations: ', '/migrations'],
    ['an openapi entry without head', '{ "migrations": { "dir": "db" }, "openapi": [{ "service": "a", "base": "b" }] }', 'openapi.0.head: give base and head, or spec', '/openapi/0/head'],
    ['initialSchema with baseSchema', '{ "migrations": { "dir": "db", "baseSchema": "a.sql", "initialSchema": "b.dump" } }', 'migrations.initialSchema: initialSchema starts the replayed history', '/migrations/initialSchema'],
    ['a schemaSource tool Ripple does not know', '{ "migrations": { "schemaSource": { "tool": "typeorm", "schema": "src/entities" } } }', 'migrations.schemaSource.tool: ', '/migrations/schemaSource/tool'],
    ['a schemaSource without its schema file', '{ "migrations": { "schemaSource": { "tool": "prisma" } } }', 'migrations.schemaSource.schema: ', '/migrations/schemaSource/schema'],
    ['schemaSource with baseSchema', '{ "migrations": { "dir": "db", "baseSchema": "a.sql", "schemaSource": { "tool": "prisma", "schema": "prisma/schema.prisma" } } }', 'migrations.schemaSource: schemaSource makes the base and head schemas from the schema file', '/migrations/schemaSource'],
    ['globals that are not an object', '{ "migrations": { "dir": "db", "globals": ["WIKI"] } }', 'migrations.globals: ', '/migrations/globals'],
    ['an openapi entry with both spec and base', '{ "migrations": { "dir": "db" }, "openapi": [{ "service": "a", "base": "b", "head": "c", "spec": "d" }] }', 'openapi.0.spec: ', '/openapi/0/spec'],
  ])('names %s', async (_name, text, messageStart, pointer) => {
    const dir = await repoWithConfig(text);
    const error = await loadConfig(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RippleError);
    expect((error as RippleError).message.startsWith(messageStart)).toBe(true);
    expect((error as RippleError).location).toMatchObject({ file: 'ripple.config.json', pointer });
  });

  it('reads allowRemoteRefs, a boolean', async () => {
    const dir = await repoWithConfig('{ "migrations": { "dir": "db" }, "allowRemoteRefs": true }');
    await expect(loadConfig(dir)).resolves.toEqual({ migrations: { dir: 'db' }, openapi: [], allowRemoteRefs: true, ignore: [] });
    const wrong = await repoWithConfig('{ "migrations": { "dir": "db" }, "allowRemoteRefs": "yes" }');
    await expect(loadConfig(wrong)).rejects.toMatchObject({ location: { file: 'ripple.config.json', pointer: '/allowRemoteRefs' } });
  });

  it("reads oasdiff's deprecation policy, stability threshold and severity-levels file, and names a bad value's pointer", async () => {
    const dir = await repoWithConfig('{ "migrations": { "dir": "db" }, "deprecationDaysBeta": 30, "deprecationDaysStable": 180, "stabilityLevel": "beta" }');
    await expect(loadConfig(dir)).resolves.toMatchObject({ deprecationDaysBeta: 30, deprecationDaysStable: 180, stabilityLevel: 'beta' });
    const days = await repoWithConfig('{ "migrations": { "dir": "db" }, "deprecationDaysStable": -1 }');
    await expect(loadConfig(days)).rejects.toMatchObject({ location: { file: 'ripple.config.json', pointer: '/deprecationDaysStable' } });
    const level = await repoWithConfig('{ "migrations": { "dir": "db" }, "stabilityLevel": "ga" }');
    await expect(loadConfig(level)).rejects.toMatchObject({ location: { file: 'ripple.config.json', pointer: '/stabilityLevel' } });
    const levels = await repoWithConfig('{ "migrations": { "dir": "db" }, "severityLevels": "api/severity-levels.txt" }');
    await expect(loadConfig(levels)).resolves.toMatchObject({ severityLevels: 'api/severity-levels.txt' });
    const exact = await repoWithConfig('{ "migrations": { "dir": "db" }, "includePathParams": true }');
    await expect(loadConfig(exact)).resolves.toMatchObject({ includePathParams: true });
    const empty = await repoWithConfig('{ "migrations": { "dir": "db" }, "severityLevels": "" }');
    await expect(loadConfig(empty)).rejects.toMatchObject({ location: { file: 'ripple.config.json', pointer: '/severityLevels' } });
  });

  it('says so when the file is not JSON', async () => {
    const dir = await repoWithConfig('{ migrations: ');
    await expect(loadConfig(dir)).rejects.toThrow(/not valid JSON/);
  });

  it.each([
    ['a doubled comma on line 3', '{\n  "migrations": {\n    "dir": "db",,\n  }\n}\n', 3, 17],
    ['a missing comma between keys on line 3', '{\n  "migrations": { "dir": "db" }\n  "openapi": []\n}\n', 3, 3],
    ['an unfinished file', '{\n  "migrations": {\n    "dir": "db"\n', 4, 1],
  ])('names the line and column of %s', async (_name, text, line, column) => {
    const dir = await repoWithConfig(text);
    const error = await loadConfig(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RippleError);
    expect((error as RippleError).message).not.toMatch(/position/);
    expect((error as RippleError).location).toEqual({ file: 'ripple.config.json', line, column });
  });
});

describe('loadConfig without ripple.config.json: detected from the tree', () => {
  async function tree(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'ripple-detect-'));
    made.push(dir);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return dir;
  }

  it('finds the migrations folder and every OpenAPI or Swagger description, with its service', async () => {
    const dir = await tree({
      'db/migrations/0001_init.sql': 'CREATE TABLE t (id bigint);',
      'services/accounts/package.json': '{ "name": "accounts" }',
      'services/accounts/api/openapi.yaml': 'openapi: 3.0.3\ninfo: { title: a, version: "1" }\npaths: {}\n',
      'services/legacy/swagger.json': '{ "swagger": "2.0", "info": { "title": "l", "version": "1" }, "paths": {} }',
      'services/accounts/node_modules/dep/openapi.yaml': 'openapi: 3.0.3\n',
      'docs/notes.yaml': 'title: not an API\nopenapi_is_mentioned: here\n',
    });
    await expect(loadConfig(dir)).resolves.toEqual({
      migrations: { dir: 'db/migrations', format: 'sql-numbered' },
      detected: { dir: 'db/migrations', format: 'sql-numbered', reason: 'db/migrations by its name (1 migration), format sql-numbered (detected: numbered .sql files)', others: [] },
      openapiDetected: true,
      openapi: [
        { service: 'accounts', base: 'services/accounts/api/openapi.yaml', head: 'services/accounts/api/openapi.yaml' },
        { service: 'legacy', base: 'services/legacy/swagger.json', head: 'services/legacy/swagger.json' },
      ],
      ignore: [],
    });
  });

  it('prefers prisma/migrations over a bare migrations folder, in the documented order', async () => {
    const dir = await tree({ 'prisma/migrations/20240101_init/migration.sql': 'CREATE TABLE t (id bigint);', 'migrations/x.sql': 'SELECT 1;' });
    expect((await loadConfig(dir)).migrations.dir).toBe('prisma/migrations');
  });

  it('says where it looked when there is neither a config nor a migrations folder', async () => {
    const dir = await tree({ 'src/index.ts': 'export {};' });
    await expect(loadConfig(dir)).rejects.toThrow(/^no migrations folder found \(looked for Prisma, Sequelize, Knex, db-migrate, TypeORM, drizzle and MikroORM configs and for folders named migrations or db\/migrate, 6 levels deep\)/);
  });

  it('still fails on a config file that was asked for and is missing', async () => {
    const dir = await tree({ 'db/migrations/0001_init.sql': 'CREATE TABLE t (id bigint);' });
    await expect(loadConfig(dir, 'ci/ripple.json')).rejects.toThrow(/no ci\/ripple\.json in/);
  });
});

describe('loadConfig from ripple.config.ts', () => {
  async function repoWith(file: string, text: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'ripple-config-ts-'));
    made.push(dir);
    await writeFile(join(dir, file), text);
    return dir;
  }

  it('reads the default export of a TypeScript module, typed or not', async () => {
    const dir = await repoWith(
      'ripple.config.ts',
      `interface Api { service: string; spec: string }\nconst apis: Api[] = [{ service: 'accounts', spec: 'api/openapi.yaml' }];\nexport default { migrations: { dir: 'db/migrations', new: ['0002_x.sql'] }, openapi: apis };\n`,
    );
    await expect(loadConfig(dir)).resolves.toEqual({
      migrations: { dir: 'db/migrations', new: ['0002_x.sql'] },
      openapi: [{ service: 'accounts', base: 'api/openapi.yaml', head: 'api/openapi.yaml' }],
      ignore: [],
    });
  });

  it('prefers ripple.config.json when both exist', async () => {
    const dir = await repoWith('ripple.config.ts', `export default { migrations: { dir: 'from-ts' } };\n`);
    await writeFile(join(dir, 'ripple.config.json'), '{ "migrations": { "dir": "from-json" } }');
    expect((await loadConfig(dir)).migrations.dir).toBe('from-json');
  });

  it('names the file and the key of an invalid value', async () => {
    const dir = await repoWith('ripple.config.ts', `export default { migrations: { dir: 'db', new: 'one.sql' } };\n`);
    const error = await loadConfig(dir).catch((caught: unknown) => caught);
    expect((error as RippleError).message).toMatch(/^migrations\.new: /);
    expect((error as RippleError).location).toEqual({ file: 'ripple.config.ts', pointer: '/migrations/new' });
  });

  it('names the file of a module that does not compile, or has no default export', async () => {
    const broken = await repoWith('ripple.config.ts', `export default { migrations: { dir: 'db' }\n`);
    const error = await loadConfig(broken).catch((caught: unknown) => caught);
    expect((error as RippleError).code).toBe('config/invalid-module');
    expect((error as RippleError).location).toEqual({ file: 'ripple.config.ts', line: 2, column: 1 });
    expect((error as RippleError).message).toMatch(/^does not compile: Expected "}" but found end of file$/);

    const named = await repoWith('ripple.config.mjs', `export const config = {};\n`);
    await expect(loadConfig(named)).rejects.toThrow(/no default export/);
  });
});
