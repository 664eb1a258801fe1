import { describe, expect, it } from 'vitest';
import type { FileFacts, ModelFact } from '../src/facts/file-facts.js';
import { importedFacts, packageOfSpecifier } from '../src/resolve/workspace-imports.js';

const location = { file: 'x.ts', line: 1 };
const file = (name: string, extra: Partial<FileFacts>): FileFacts => ({ file: name, models: [], classes: [], sites: [], settings: [], diagnostics: [], imports: [], entityRefs: [], shapes: [], ...extra });
const table = (name: string): ModelFact => ({ kind: 'model', adapter: 'drizzle', key: `value:${name}`, name, table: name, location, fields: [] });

describe('importedFacts', () => {
  it('names a package by its name or a subpath of it', () => {
    const byName = new Map([['@acme/server', 'server']]);
    expect(['@acme/server', '@acme/server/db/schema', '@acme/serverless', 'lodash'].map((specifier) => packageOfSpecifier(specifier, byName))).toEqual(['server', 'server', undefined, undefined]);
  });

  it('every imported name reaches its declaration, however many a service imports (the bound is on the walk beyond them)', () => {
    const names = Array.from({ length: 600 }, (_, index) => `table${index}`);
    const server = { name: '@acme/server', files: [file('schema.ts', { models: names.map(table) })] };
    const web = { name: 'web', files: [file('app.ts', { packageImports: [{ specifier: '@acme/server/db/schema', names: names.map((name) => ({ imported: name, local: name })) }] })] };
    expect(importedFacts(web, [server]).models.map((model) => model.name)).toEqual(names);
  });

  it('takes nothing from a package the service does not import', () => {
    const server = { name: '@acme/server', files: [file('schema.ts', { models: [table('customers')] })] };
    const web = { name: 'web', files: [file('app.ts', { packageImports: [{ specifier: '@other/server', names: [{ imported: 'customers', local: 'customers' }] }] })] };
    expect(importedFacts(web, [server])).toEqual({ models: [], classes: [], returns: [], packageReturns: [], rowTypes: [], mirrors: [] });
  });

  it("takes a package's function results, not its tRPC procedures' (a procedure is no function of that name)", () => {
    const returned = { kind: 'name' as const, name: 'Customer' };
    const server = {
      name: '@acme/server',
      files: [file('customers.ts', { returns: [{ name: 'get', type: returned }, { name: 'get', router: 'customerRouter', type: { kind: 'name', name: 'Order' } }] })],
    };
    const web = { name: 'web', files: [file('app.ts', { packageImports: [{ specifier: '@acme/server', names: [{ imported: 'get', local: 'get' }] }] })] };
    const { returns, packageReturns } = importedFacts(web, [server]);
    expect(returns).toEqual([{ name: 'get', type: returned }]);
    expect(packageReturns).toEqual([{ name: '@acme/server:get', type: returned }]);
  });
});
