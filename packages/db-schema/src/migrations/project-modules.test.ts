import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectModules, type ProjectModules } from './project-modules.js';

/** A small monorepo written to a temp dir: the shapes of constants migrations import from their own repository. */
const FILES: Readonly<Record<string, string>> = {
  'package.json': JSON.stringify({ name: 'notes', private: true, workspaces: ['packages/*', 'server'] }),
  'packages/names/package.json': JSON.stringify({ name: '@notes/names', main: 'dist/cjs/index.js', types: 'dist/cjs/index.d.ts' }),
  'packages/names/src/index.ts': "export * from './tables.js'\nexport * from './loop-a.js'\nexport { Level as AccessLevel } from './levels.js'\n",
  'packages/names/src/tables.ts': "export const TableUser = 'user'\nexport const TableNote = `${TableUser}_note`\nexport default { schema: 'app' }\n",
  'packages/names/src/levels.ts': "export enum Level { NONE, READ = 4, WRITE, OWNER = 'owner' }\nexport enum Broken { A = 'a', B }\n",
  'packages/names/src/loop-a.ts': "export * from './loop-b.js'\nexport const FromA = 'a'\n",
  'packages/names/src/loop-b.ts': "export * from './loop-a.js'\nexport const FromB = 'b'\n",
  'packages/names/src/columns.ts': 'export const COLUMNS = { photo: PHOTO, title: "title" } as const\n',
  'server/package.json': JSON.stringify({
    name: 'server',
    // Node's subpath imports, as AdonisJS 6 apps (adocasts) map their folders.
    imports: { '#enums/*': './app/enums/*.js', '#config/db': { types: './config/db.ts', default: './config/db.js' }, '#outside/*': '../../*' },
  }),
  'server/app/enums/lesson_panels.ts': 'enum LessonPanels {\n  SERIES = 1,\n  TRANSCRIPT = 2,\n}\n\nexport default LessonPanels\n',
  'server/config/db.ts': "export const SCHEMA = 'app'\n",
  'server/constants.js': "module.exports = { MAX_TITLE: 512, PREFIX }\nexports.SCHEMA = 'app'\n",
  'server/helpers.ts': 'export function defaults() { return {} }\nexport const now = Date.now()\nexport { addAudit as withAudit } from "./audit"\n',
  'server/audit.js': 'const addAudit = async (knex, table) => knex.schema.alterTable(table, (t) => t.timestamps())\nmodule.exports = { addAudit }\n',
  'server/index.js': 'module.exports = { ...require("./helpers"), ...require("./constants") }\n',
  'server/migrations/001_init.js': '',
  'node_modules/@notes/vendored/package.json': JSON.stringify({ name: '@notes/vendored', main: 'index.js' }),
  'node_modules/@notes/vendored/index.js': "exports.X = 'x'\n",
};

let root = '';
let modules: ProjectModules;
const FROM = 'server/migrations/001_init.js';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'db-schema-project-modules-'));
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  modules = projectModules(root);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('projectModules', () => {
  it('reads a workspace package by its name, from its source when main points at a build that is not committed', () => {
    expect(modules.exported(FROM, '@notes/names', 'TableUser')).toEqual({ ok: true, value: 'user' });
    expect(modules.exported(FROM, '@notes/names', 'TableNote')).toEqual({ ok: true, value: 'user_note' });
    expect(modules.exported(FROM, '@notes/names/src/tables', 'default')).toEqual({ ok: true, value: { schema: 'app' } });
  });

  it('numbers enum members as TypeScript does, and follows a renamed re-export', () => {
    expect(modules.exported(FROM, '@notes/names', 'AccessLevel')).toEqual({ ok: true, value: { NONE: 0, READ: 4, WRITE: 5, OWNER: 'owner' } });
    const broken = modules.exported(FROM, '@notes/names/src/levels', 'Broken');
    expect(broken).toEqual({ ok: false, why: expect.stringContaining('`B` follows a string member and has no value') as string });
  });

  it('ends an export * cycle, and a namespace import holds every readable export', () => {
    expect(modules.exported(FROM, '@notes/names', 'FromB')).toEqual({ ok: true, value: 'b' });
    const namespace = modules.exported(FROM, '@notes/names', '*');
    expect(namespace.ok && Object.keys(namespace.value as object).sort()).toEqual(['AccessLevel', 'FromA', 'FromB', 'TableNote', 'TableUser']);
    expect(modules.exported(FROM, '@notes/names', 'Missing')).toEqual({ ok: false, why: 'packages/names/src/index.ts exports no constant `Missing`' });
  });

  it('reads CommonJS exports relative to the importing file, and says which part is not a constant', () => {
    expect(modules.exported(FROM, '../constants', 'MAX_TITLE')).toEqual({ ok: true, value: 512 });
    expect(modules.exported(FROM, '../constants', 'SCHEMA')).toEqual({ ok: true, value: 'app' });
    expect(modules.exported(FROM, '../constants', 'PREFIX')).toEqual({ ok: false, why: 'server/constants.js:1: `PREFIX` is not a constant of this file' });
    expect(modules.exported(FROM, '../helpers.js', 'defaults')).toEqual({ ok: false, why: 'server/helpers.ts exports no constant `defaults`' });
    expect(modules.exported(FROM, '../helpers', 'now')).toEqual({ ok: false, why: 'server/helpers.ts:2: `Date.now()` is not a constant of this file' });
    expect(modules.exported(FROM, '@notes/names/src/columns', 'COLUMNS')).toEqual({ ok: false, why: 'packages/names/src/columns.ts:1: `PHOTO` is not a constant of this file' });
  });

  it('finds a function a module exports, through a renamed re-export, CommonJS and a spread of require(); a constant is no function', () => {
    const shown = (result: ReturnType<ProjectModules['exportedFunction']>) => (result.ok ? `${result.file}:${result.fn.getStartLineNumber()}` : result.why);
    expect(shown(modules.exportedFunction(FROM, '../helpers', 'defaults'))).toBe('server/helpers.ts:1');
    expect(shown(modules.exportedFunction(FROM, '../helpers', 'withAudit'))).toBe('server/audit.js:1');
    expect(shown(modules.exportedFunction(FROM, '..', 'defaults'))).toBe('server/helpers.ts:1');
    expect(shown(modules.exportedFunction(FROM, '../helpers', 'now'))).toBe('server/helpers.ts exports no function `now`');
    expect(shown(modules.exportedFunction(FROM, '../missing', 'x'))).toBe('no such file of the repository next to server/migrations/001_init.js');
  });

  it('reads a subpath import (`#enums/lesson_panels`) through the nearest package.json\'s "imports", a pattern or a conditions object', () => {
    expect(modules.exported(FROM, '#enums/lesson_panels', 'default')).toEqual({ ok: true, value: { SERIES: 1, TRANSCRIPT: 2 } });
    expect(modules.exported(FROM, '#config/db', 'SCHEMA')).toEqual({ ok: true, value: 'app' });
    expect(modules.exported(FROM, '#models/user', 'default')).toEqual({ ok: false, why: 'no package.json above server/migrations/001_init.js maps it in "imports"' });
    expect(modules.exported(FROM, '#outside/etc/passwd', 'X')).toEqual({ ok: false, why: '"imports" of server/package.json maps it to ../../etc/passwd, no file of the repository' });
  });

  it('never reads installed packages or files outside the repository', () => {
    expect(modules.exported(FROM, '@notes/vendored', 'X')).toEqual({ ok: false, why: 'no package of this repository has that name (installed packages are never read)' });
    expect(modules.exported(FROM, '../../node_modules/@notes/vendored/index.js', 'X')).toMatchObject({ ok: false });
    expect(modules.exported(FROM, '../../../etc/passwd', 'X')).toMatchObject({ ok: false, why: expect.stringContaining('no such file of the repository') as string });
  });

  it('stays linear on a long re-export chain and stops past the hop limit', async () => {
    const chain = await mkdtemp(join(tmpdir(), 'db-schema-project-modules-chain-'));
    try {
      for (let index = 0; index < 200; index += 1) {
        await writeFile(join(chain, `m${index}.ts`), index === 199 ? "export const END = 'end'\n" : `export * from './m${index + 1}.js'\nexport * from './m${index + 1}.js'\n`);
      }
      const chained = projectModules(chain);
      expect(chained.exported(join(chain, 'x.ts'), './m170', 'END')).toEqual({ ok: true, value: 'end' });
      expect(chained.exported(join(chain, 'x.ts'), './m0', 'END')).toMatchObject({ ok: false, why: expect.stringContaining('more than 32 modules') as string });
      expect(chained.exported(join(chain, 'x.ts'), './m180', '*')).toEqual({ ok: true, value: { END: 'end' } });
    } finally {
      await rm(chain, { recursive: true, force: true });
    }
  });
});
