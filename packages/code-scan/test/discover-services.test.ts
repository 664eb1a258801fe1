import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRippleError } from '@ripple/model';
import { configuredServices, discoverServices } from '../src/index.js';
import { globRegExp, pnpmPackages } from '../src/services/discover-services.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/workspaces/${name}`, import.meta.url));
const list = async (root: string): Promise<string[]> => (await discoverServices(root)).map((s) => `${s.dir} ${s.name} ${s.kind}`);

// pnpm-workspace.yaml (fixtures/shop) and npm `workspaces` arrays are pinned in shop.test.ts and typeorm-entities.test.ts.
describe('discoverServices', () => {
  it('yarn workspaces { packages } with a negated pattern; a folder without package.json is no package', async () => {
    expect(await list(fixture('yarn-packages'))).toEqual(['apps/web @acme/web service']);
  });

  it('without workspaces, every folder with a package.json or tsconfig.json; jobs/ makes a job; names from package.json or the folder', async () => {
    expect(await list(fixture('tsconfig-folders'))).toEqual(['jobs/etl nightly-etl job', 'services/api api service', 'services/worker worker service']);
  });

  it('a root holding only a Prisma schema beside the packages is a service of its own, so its models are defined', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/prisma/class-validator-dto', import.meta.url));
    expect(await list(root)).toEqual(['. ghostfolio-like service', 'libs/common common service']);
  });
});

describe('configuredServices (the config key `services` replaces discovery)', () => {
  const root = fixture('root-backend-beside-packages');
  const at = (index: number) => ({ file: 'ripple.config.json', pointer: `/services/${index}` });

  it('paths and globs, names and kinds as given, else from package.json or the folder', async () => {
    const services = await configuredServices(root, [{ path: '.', name: 'backend' }, { path: './jobs/*', kind: 'job' }, { path: 'frontend/' }], at);
    expect(services.map((s) => `${s.dir} ${s.name} ${s.kind}`)).toEqual(['. backend service', 'frontend acme-frontend service', 'jobs/nightly nightly job']);
  });

  it.each([
    ['a path that is no folder', { path: 'backend' }, 'ripple.config.json#/services/0 services[0]: backend is not a folder'],
    ['a glob that matches nothing', { path: 'apps/*' }, 'ripple.config.json#/services/0 services[0]: apps/* matches no folder'],
  ])('%s is bad input naming the entry', async (_, entry, expected) => {
    const error: unknown = await configuredServices(root, [entry], at).catch((caught: unknown) => caught);
    expect(isRippleError(error) ? `${error.location?.file}#${error.location?.pointer} ${error.message}` : error).toBe(expected);
  });
});

describe('pnpm-workspace.yaml packages', () => {
  it.each([
    ['block list', 'packages:\n  - "apps/*"\n  - packages/**\n  - \'!**/test/**\'\ncatalog:\n  x: 1\n', ['apps/*', 'packages/**', '!**/test/**']],
    ['flow list', "packages: ['services/*', jobs/*]\n", ['services/*', 'jobs/*']],
    ['no packages key', 'onlyBuiltDependencies:\n  - esbuild\n', []],
  ])('%s', (_, yaml, expected) => {
    expect(pnpmPackages(yaml)).toEqual(expected);
  });
});

describe('workspace globs', () => {
  it.each([
    ['packages/*', 'packages/model', true],
    ['packages/*', 'packages/model/src', false],
    ['apps/**', 'apps/web/admin', true],
    ['**/test/**', 'apps/web/test/e2e', true],
    ['./services/api/', 'services/api', true],
    ['svc-?', 'svc-10', false],
  ])('%s matches %s: %s', (pattern, dir, expected) => {
    expect(globRegExp(pattern).test(dir)).toBe(expected);
  });
});
